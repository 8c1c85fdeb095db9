using System.Globalization;
using BriefingAudit.Core;
using BriefingAudit.Core.Document;

namespace BriefingAudit.Cli;

/// <summary>What <c>compare</c> reads: the source and its translation, their languages (null: detect) and line ranges.</summary>
internal sealed record CompareOptions(string Source, string Target, Language? SourceLanguage, Language? TargetLanguage, LineRange? SourceLines, LineRange? TargetLines)
{
    public static CompareOptions Parse(IReadOnlyList<string> inputs, IReadOnlyDictionary<string, string> options)
    {
        if (inputs.Count != 2)
        {
            throw new UsageException(Messages.CompareNeedsTwoFiles);
        }

        Language? Lang(string option) => options.TryGetValue(option, out var name)
            ? LanguageDetector.Parse(name) ?? throw new UsageException(string.Format(CultureInfo.InvariantCulture, Messages.UnknownLanguage, option, name))
            : null;
        LineRange? Lines(string option) => options.TryGetValue(option, out var text)
            ? LineRange.Parse(text) ?? throw new UsageException(string.Format(CultureInfo.InvariantCulture, Messages.BadLineRange, option, text))
            : null;
        return new CompareOptions(inputs[0], inputs[1], Lang("--source-lang"), Lang("--target-lang"), Lines("--source-lines"), Lines("--target-lines"));
    }
}
