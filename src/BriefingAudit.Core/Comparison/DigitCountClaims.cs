using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Comparison;

/// <summary>
/// "grew at double-digit rates": a growth said by its number of digits, which the English extractor does not read as
/// a figure (it has no digits). Its Chinese source, 两位数增长, is a claim (at least 10%), so a translation is
/// compared with one too. Added to English readings for comparison only.
/// </summary>
internal static partial class DigitCountClaims
{
    public static ImmutableArray<BoundClaim> Add(DocumentReading reading, Lexicon lexicon)
    {
        var added = new List<BoundClaim>();
        var atLeast = lexicon.Qualifiers.FirstOrDefault(q => q.Effect == QualifierEffect.AtLeast) ?? new QualifierTerm("at-least", QualifierEffect.AtLeast, 0, []);
        foreach (var sentence in reading.Segmented.ContentParagraphs.SelectMany(p => p.Sentences))
        {
            foreach (Match match in DigitCount().Matches(sentence.Text))
            {
                var least = match.Groups["digits"].Value.ToLowerInvariant() switch { "double" => 10m, "triple" => 100m, _ => 1000m };
                var around = sentence.Text[Math.Max(0, match.Index - 30)..Math.Min(sentence.Text.Length, match.Index + match.Length + 30)];
                var sign = Fall().IsMatch(around) ? -1 : 1;
                var quantity = new Quantity(least, "percent", UnitDimension.Percent, null);
                var span = reading.Document.Map.Span(sentence.Start + match.Index, match.Length);
                var claim = new Claim(span, match.Value, quantity, Interval.Exactly(least), new Interval(least, true, null, false), atLeast, ClaimRole.Change, sign, sentence.Index);
                added.Add(new BoundClaim(claim, null, EntityRef.National, null, null, "a growth said by its number of digits"));
            }
        }

        return added.Count == 0 ? reading.Claims : [.. reading.Claims.Concat(added).OrderBy(b => b.Claim.Span.Start)];
    }

    [GeneratedRegex(@"\b(?<digits>double|triple|quadruple)[- ]digits?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DigitCount();

    [GeneratedRegex(@"\b(?:f[ea]ll\w*|declin\w*|decreas\w*|dropp?\w*|contract\w*|shr[ai]nk\w*|plung\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Fall();
}
