namespace BriefingAudit.Core.Configuration;

/// <summary>The commented <c>.briefing-audit.yaml</c> that <c>briefing-audit init</c> writes: every key, all optional.</summary>
public static class ConfigurationTemplate
{
    public const string Text = """
        # briefing-audit configuration, found from the working folder upwards (or given with --config).
        # Every key is optional; command-line options win over these. Paths are relative to this file.

        # Rule files or folders to add to the built-in rules (like --rules).
        rules: []

        # Severity per rule ID: error, warning, info, or off to turn the rule off.
        severities: {}
        #  BA2003: warning

        # Which files of a folder to check (globs relative to each folder given). Without include:
        # every .txt, .md, .html and .htm file. Files named on the command line are always checked.
        include: []
        exclude: []
        #  - drafts/**

        # Findings recorded by `briefing-audit baseline` do not fail the gate; only new ones do.
        # baseline: .briefing-audit-baseline.json

        # The lowest severity that exits 1: error, warning, info or never.
        fail-on: error

        # Report format: text, json, jsonl, sarif, junit or github.
        format: text

        """;
}
