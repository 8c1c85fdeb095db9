using System.Collections.Immutable;
using System.Globalization;

namespace BriefingAudit.Core.Evaluation;

/// <summary>
/// The accuracy of compare on a corpus of source/translation pairs: precision and recall per kind of mismatch and
/// over all, with the findings that were wrong, the mismatches that were missed and every pair that could not be
/// measured, with the reason (<see cref="Pairs"/> counts the measured ones). Immutable.
/// </summary>
public sealed record CompareEvaluationReport(string Name, int Pairs, ImmutableArray<MismatchScore> Kinds, ImmutableArray<string> FalseFindings, ImmutableArray<string> Missed, ImmutableArray<string> Failures)
{
    public MismatchScore Total => new("all", Kinds.Sum(k => k.Expected), Kinds.Sum(k => k.Found), Kinds.Sum(k => k.Reported), Kinds.Sum(k => k.Correct));

    /// <summary>A Markdown table, as the README shows it; with <paramref name="verbose"/>, every miss and false finding.</summary>
    public void Write(TextWriter output, bool verbose = false)
    {
        var c = CultureInfo.InvariantCulture;
        static string Ratio(double value) => double.IsNaN(value) ? "–" : value.ToString("0.00", CultureInfo.InvariantCulture);
        output.WriteLine($"### {Name}: {Pairs} source/translation pairs");
        output.WriteLine();
        output.WriteLine("| mismatch kind | written in | found | reported | correct | precision | recall |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var kind in Kinds.Append(Total))
        {
            var name = kind == Total ? "**all**" : kind.Kind;
            output.WriteLine(string.Format(c, "| {0} | {1} | {2} | {3} | {4} | {5} | {6} |", name, kind.Expected, kind.Found, kind.Reported, kind.Correct, Ratio(kind.Precision), Ratio(kind.Recall)));
        }

        output.WriteLine();
        foreach (var line in Failures.Select(f => $"  - not measured: {f}").Concat(FalseFindings.Take(verbose ? int.MaxValue : 5).Select(f => $"  - false finding: {f}").Concat(Missed.Take(verbose ? int.MaxValue : 5).Select(m => $"  - missed: {m}"))))
        {
            output.WriteLine(line);
        }

        output.WriteLine();
    }
}
