namespace BriefingAudit.Core;

/// <summary>The tool's own messages (rule messages live in the rule files). Tests assert against these.</summary>
public static class Messages
{
    public const string BinaryFile = "binary file (NUL byte at offset {0}); expected a UTF-8 or UTF-16 text or HTML transcript";
    public const string InvalidUtf8 = "invalid UTF-8 at byte offset {0}; save the file as UTF-8";
    public const string InvalidDocx = "not a readable Word document (.docx): {0}";
    public const string EmptyFile = "empty file: nothing to check";
    public const string FileNotFound = "no such file or folder";
    public const string AccessDenied = "cannot be read: permission denied";
    public const string CannotRead = "cannot be read: {0}";
    public const string IsAFolder = "is a folder, not a file";
    public const string TooLarge = "file is {0:N0} bytes, over the limit of {1:N0} bytes (--max-file-size)";
    public const string TooLargeStream = "input is over the limit of {0:N0} bytes (--max-file-size)";
    public const string HtmlTooDeep = "HTML nested deeper than {0:N0} levels; refusing to parse";
    public const string TimedOut = "gave up after {0} s (--timeout) while {1}; no findings reported for this file";
    public const string StageOpening = "opening it";
    public const string StageReading = "reading it";
    public const string StageChecking = "checking its figures";
    public const string PatternTimedOut = "a text pattern ran longer than its time limit on this file; no findings reported for it";
    public const string InternalError = "could not be checked: internal error ({0}); run with --verbose for detail, and please report it";
    public const string LinesNotInFile = "lines {0}-{1} are not in the file";
    public const string CompareNeedsTwoFiles = "'compare' needs two files: the source and its translation";
    public const string UnknownLanguage = "{0} takes zh or en, not '{1}'";
    public const string BadLineRange = "{0} takes a line range such as 44-54, not '{1}'";
    public const string NumberOutOfRange = "the figure '{0}' is too large to compute with exactly; it is listed but not checked";
    public const string SentenceTooLong = "a sentence of {0:N0} characters is longer than the limit of {1:N0}; its figures were not read";
    public const string YamlTooDeep = "YAML nested deeper than {0} levels; a rule file needs no more than a few";
    public const string YamlControlCharacter = "control character U+{0:X4} is not allowed in YAML";
    public const string YamlUnreadable = "the YAML cannot be read: {0}";
    public const string CyclicRelations = "relations are cyclic: '{0}' is defined in terms of itself through {1}";
    public const string ConfigNotMapping = "a configuration file holds keys and values (rules:, severities:, include: …)";
    public const string ConfigSeveritiesNotMapping = "severities maps rule IDs to error, warning, info or off";
    public const string ConfigUnknownKey = "unknown key '{0}'";
    public const string ConfigUnknownRule = "no rule '{0}' in the rules in use";
    public const string ConfigExpectedText = "expected a value here";
    public const string ConfigExists = "{0} already exists; not overwritten";
    public const string ConfigWritten = "wrote {0}";
    public const string BaselineInvalid = "not a baseline file (expected the JSON that 'briefing-audit baseline' writes)";
    public const string BaselineWritten = "recorded {0} finding(s) of {1} file(s) in {2}";
    public const string BadShard = "--shard takes K/N with 1 <= K <= N, not '{0}'";

    /// <summary>The one-line reason for what went wrong inside the checker: a runaway pattern, or a bug by its type.</summary>
    public static string Unexpected(Exception exception) => exception is System.Text.RegularExpressions.RegexMatchTimeoutException
        ? PatternTimedOut
        : string.Format(System.Globalization.CultureInfo.InvariantCulture, InternalError, exception.GetType().Name);
}
