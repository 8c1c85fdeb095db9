namespace BriefingAudit.Core.Tests.Reporting;

/// <summary>
/// A fact that needs the official SARIF 2.1.0 schema, kept in ../shared/schemas/ beside the repository (CI has it).
/// Where it is missing the test is reported as skipped, naming the path it looked for, instead of passing unchecked.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SarifSchemaFactAttribute : FactAttribute
{
    public SarifSchemaFactAttribute()
    {
        if (!File.Exists(SchemaPath))
        {
            Skip = $"the SARIF 2.1.0 schema is not at {SchemaPath}";
        }
    }

    public static string SchemaPath { get; } = Locate();

    private static string Locate()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "BriefingAudit.sln")))
        {
            folder = folder.Parent;
        }

        return folder is null
            ? $"../shared/schemas/sarif-schema-2.1.0.json (no folder above {AppContext.BaseDirectory} holds BriefingAudit.sln)"
            : Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "schemas", "sarif-schema-2.1.0.json"));
    }
}
