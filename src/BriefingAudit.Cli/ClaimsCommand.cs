using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Reporting;

namespace BriefingAudit.Cli;

/// <summary>Lists the claims as the tool read them, so a user can see what was understood.</summary>
internal static class ClaimsCommand
{
    public static void Write(AuditReport report, TextWriter output, ReportOptions options, string format)
    {
        if (format == "json")
        {
            JsonReporter.WriteClaims(report, output, options);
            return;
        }

        foreach (var file in report.Files)
        {
            var path = options.DisplayPath(file.Path);
            if (file.Failed)
            {
                output.WriteLine($"{path}: error: {file.Error}");
                continue;
            }

            foreach (var bound in file.Result!.Claims)
            {
                var claim = bound.Claim;
                var binding = bound.IsBound
                    ? $"{bound.Measure!.Id} · {bound.Entity.Name} · {bound.Period!.Name}{(bound.Whole is { } w ? $" · of {w.Measure.Id} ({w.Entity.Name})" : string.Empty)}"
                    : $"unbound: {bound.Note}";
                output.WriteLine($"{path}:{claim.Span.Line}:{claim.Span.Column}: {claim.Text} | {JsonReporter.Role(claim.Role)}{(claim.Sign < 0 ? " (−)" : string.Empty)} | {claim.DescribeInterval()} {claim.Quantity.Unit} | {binding}");
            }
        }
    }
}
