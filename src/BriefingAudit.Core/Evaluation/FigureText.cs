using System.Globalization;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Checking;

namespace BriefingAudit.Core.Evaluation;

/// <summary>Finding a number as written in a line or a claim, and changing it well beyond its rounding.</summary>
public static partial class FigureText
{
    /// <summary>True when <paramref name="text"/> holds <paramref name="number"/> as a whole number, not inside another.</summary>
    public static bool Holds(string text, string number) => Occurrence(number).IsMatch(text);

    /// <summary>True when a finding cites a claim on the figure's line holding the figure's number.</summary>
    public static bool Cites(Finding finding, TruthFigure figure) =>
        finding.Claims.Any(c => c.Span.Line == figure.Line && Holds(c.Text, figure.Number));

    /// <summary>
    /// The text with one figure changed by a third or more (down for "less than" figures, so the hedge still
    /// allows the change to be seen), keeping its digits' style; null when the figure is not on its line.
    /// </summary>
    public static (string Text, string Number)? Mutate(string text, TruthFigure figure)
    {
        var lines = text.Split('\n');
        if (figure.Line < 1 || figure.Line > lines.Length)
        {
            return null;
        }

        var line = lines[figure.Line - 1];
        var match = Occurrence(figure.Number).Match(line);
        if (!match.Success || !decimal.TryParse(figure.Number.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var dot = figure.Number.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : figure.Number.Length - dot - 1;
        var downward = Below().IsMatch(line[..match.Index]);
        var changed = Math.Round(downward ? value * 0.6m : value < 10 ? value + Math.Max(2m, value * 0.5m) : value * 1.35m, decimals, MidpointRounding.AwayFromZero);
        if (changed == value)
        {
            changed = value + 5;
        }

        var format = (figure.Number.Contains(',', StringComparison.Ordinal) ? "#,0" : "0") + (decimals > 0 ? "." + new string('0', decimals) : string.Empty);
        var number = changed.ToString(format, CultureInfo.InvariantCulture);
        lines[figure.Line - 1] = line[..match.Index] + number + line[(match.Index + match.Length)..];
        return (string.Join('\n', lines), number);
    }

    private static Regex Occurrence(string number) =>
        new(@"(?<![\d.,])" + Regex.Escape(number) + @"(?![\d]|[.,]\d)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"\b(?:less\s+than|below|under|fewer\s+than|at\s+most|up\s+to)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Below();
}
