using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BriefingAudit.Core.Configuration;

namespace BriefingAudit.Core.Reporting;

/// <summary>
/// The serializer settings shared by the JSON-based reporters, so that their output reads alike. The wire shapes are
/// described at compile time (each owner's <see cref="JsonSerializerContext"/>, registered here), not found by
/// reflection, so that the natively compiled batch build (README, Speed) writes the same bytes as the JIT build.
/// </summary>
internal static class JsonWire
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Reports are files for people and tools, not HTML: keep quotes and non-ASCII text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(JsonReporter.WireShapes, SarifReporter.WireShapes, Baseline.WireShapes),
    };

    /// <summary>The same settings on one line, for formats with one JSON value per line.</summary>
    public static JsonSerializerOptions Compact { get; } = new(Options) { WriteIndented = false };

    public static void Write<T>(TextWriter output, T value) => output.WriteLine(Serialize(value, Options));

    public static string Serialize<T>(T value, JsonSerializerOptions options) => JsonSerializer.Serialize(value, Shape<T>(options));

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize(json, Shape<T>(Options));

    private static JsonTypeInfo<T> Shape<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
