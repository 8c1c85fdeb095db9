using System.Text;
using BriefingAudit.Core.Document;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Fuzz;

/// <summary>
/// What one fuzz input exercises. Its first byte chooses the reader (plain text, HTML or a rule file); the rest is
/// the file's bytes. A refusal with a reason is the expected way to fail; any other exception is a crash.
/// </summary>
internal static class FuzzTarget
{
    private static readonly AuditPipeline Pipeline = new(DefaultRules.Load());

    public static void Run(ReadOnlySpan<byte> input)
    {
        if (input.IsEmpty)
        {
            return;
        }

        var content = input[1..];
        try
        {
            switch (input[0] % 3)
            {
                case 0:
                    Pipeline.Run(DocumentLoader.FromBytes("input.txt", content));
                    break;
                case 1:
                    Pipeline.Run(DocumentLoader.FromBytes("input.html", content));
                    break;
                default:
                    RuleSetLoader.Load([("fuzz.yaml", Encoding.UTF8.GetString(content))]);
                    break;
            }
        }
        catch (DocumentLoadException)
        {
        }
        catch (RuleSetException)
        {
        }
    }
}
