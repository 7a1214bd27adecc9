using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Chorus.Core.Rendering;

/// <summary>
/// The one way Chorus writes JSON: DTO records described by a source-generated <see cref="JsonSerializerContext"/>,
/// camelCase, unknown values left out, text written as UTF-8 rather than \u escapes, "\n" line ends, so the same DTO
/// always gives the same bytes. A DTO type missing from the context fails loudly instead of falling back to reflection.
/// </summary>
public static class JsonOutput
{
    /// <summary>Options over the DTO types of one context: indented for documents, compact for JSON lines.</summary>
    public static JsonSerializerOptions Options(JsonSerializerContext types, bool indented) => new()
    {
        TypeInfoResolver = types,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = indented,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A JSON document ending in a newline.</summary>
    public static string Document<T>(T dto, JsonSerializerOptions options) => Line(dto, options) + "\n";

    /// <summary>One line of a JSON-lines file, without its newline (with compact options).</summary>
    public static string Line<T>(T dto, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(dto, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
}
