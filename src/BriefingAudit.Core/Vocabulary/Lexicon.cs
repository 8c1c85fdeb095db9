using System.Collections.Frozen;
using System.Collections.Immutable;

namespace BriefingAudit.Core.Vocabulary;

/// <summary>
/// The words the checker understands, all from rule files: measures, entities, periods, units, hedges and the
/// words that name every part of a whole.
/// Immutable and thread-safe; its matchers are built once.
/// </summary>
public sealed class Lexicon
{
    public Lexicon(IEnumerable<Term> terms, IEnumerable<UnitTerm> units, IEnumerable<QualifierTerm> qualifiers, IEnumerable<Partition>? partitions = null)
    {
        Terms = [.. terms];
        Units = [.. units];
        UnitsOfMeasure = Units.Where(u => u.IsMeasure).Select(u => u.Name).ToFrozenSet(StringComparer.Ordinal);
        Qualifiers = [.. qualifiers];
        Partitions = [.. partitions ?? []];
        TermMatcher = new PhraseMatcher<Term>(Terms.SelectMany(t => t.Aliases.Select(a => (a, t))));
        UnitMatcher = new PhraseMatcher<UnitTerm>(Units.SelectMany(u => u.Aliases.Select(a => (a, u))));
        QualifierMatcher = new PhraseMatcher<QualifierTerm>(Qualifiers.SelectMany(q => q.Words.Select(w => (w, q))));
    }

    public static Lexicon Empty { get; } = new([], [], []);

    public ImmutableArray<Term> Terms { get; }

    public ImmutableArray<UnitTerm> Units { get; }

    /// <summary>
    /// The names of the units that are units of measure (tonnes, kilowatt-hours; <see cref="UnitTerm.IsMeasure"/>): how much
    /// of something, not things a count could be the number of.
    /// </summary>
    public FrozenSet<string> UnitsOfMeasure { get; }

    public ImmutableArray<QualifierTerm> Qualifiers { get; }

    public ImmutableArray<Partition> Partitions { get; }

    public PhraseMatcher<Term> TermMatcher { get; }

    public PhraseMatcher<UnitTerm> UnitMatcher { get; }

    /// <summary>The counted unit <paramref name="text"/> names last ("… new-energy vehicles and sold"), if any.</summary>
    public UnitTerm? LastCountUnit(string text) => UnitMatcher.Matches(text).LastOrDefault(u => u.Value.Dimension == UnitDimension.Count)?.Value;

    public PhraseMatcher<QualifierTerm> QualifierMatcher { get; }

    public Term? Find(string id) => Terms.FirstOrDefault(t => t.Id == id);

    public IEnumerable<Term> OfKind(TermKind kind) => Terms.Where(t => t.Kind == kind);
}
