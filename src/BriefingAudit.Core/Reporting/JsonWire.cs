using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefingAudit.Core.Reporting;

/// <summary>The serializer settings shared by the JSON-based reporters, so that their output reads alike.</summary>
internal static class JsonWire
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Reports are files for people and tools, not HTML: keep quotes and non-ASCII text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The same settings on one line, for formats with one JSON value per line.</summary>
    public static JsonSerializerOptions Compact { get; } = new(Options) { WriteIndented = false };

    public static void Write<T>(TextWriter output, T value) => output.WriteLine(JsonSerializer.Serialize(value, Options));
}
