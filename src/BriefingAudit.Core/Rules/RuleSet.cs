using System.Collections.Immutable;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Rules;

/// <summary>Rules and the vocabulary they are stated in, merged from one or more rule files. Immutable.</summary>
public sealed record RuleSet(Lexicon Lexicon, ImmutableArray<Rule> Rules)
{
    public Rule? Find(string id) => Rules.FirstOrDefault(r => r.Id == id);
}
