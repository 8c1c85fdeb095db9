using System.Globalization;
using BriefingAudit.Core;
using BriefingAudit.Core.Configuration;

namespace BriefingAudit.Cli;

/// <summary><c>init</c>: writes the commented configuration into the working folder, never over an existing one.</summary>
internal static class InitCommand
{
    public static int Run(string folder, TextWriter stdout, TextWriter stderr)
    {
        var path = Path.Combine(folder, ConfigurationLoader.FileName);
        if (File.Exists(path))
        {
            stderr.WriteLine("briefing-audit: " + string.Format(CultureInfo.InvariantCulture, Messages.ConfigExists, path));
            return ExitCodes.ToolError;
        }

        File.WriteAllText(path, ConfigurationTemplate.Text);
        stdout.WriteLine(string.Format(CultureInfo.InvariantCulture, Messages.ConfigWritten, path));
        return ExitCodes.Clean;
    }
}
