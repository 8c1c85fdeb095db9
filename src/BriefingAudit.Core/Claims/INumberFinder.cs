using System.Collections.Immutable;

namespace BriefingAudit.Core.Claims;

/// <summary>Finds numbers in a sentence and resolves their values. Implementations must be thread-safe.</summary>
public interface INumberFinder
{
    ImmutableArray<FoundNumber> Find(string sentence);
}
