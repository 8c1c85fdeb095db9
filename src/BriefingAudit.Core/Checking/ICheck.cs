using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Checking;

/// <summary>Code behind a rule kind (as Vale's <c>extends:</c>): runs one rule over one transcript. Thread-safe.</summary>
public interface ICheck
{
    /// <summary>The <c>kind:</c> of the rules this check runs.</summary>
    string Kind { get; }

    IEnumerable<Finding> Run(Rule rule, CheckContext context);
}
