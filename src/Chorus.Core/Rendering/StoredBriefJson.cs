using System.Text.Json;

namespace Chorus.Core.Rendering;

/// <summary>The two JSON texts a stored brief version keeps: the brief as <c>chorus show --format json</c> writes it, and the cleaned texts its spans point into.</summary>
public static class StoredBriefJson
{
    private static readonly JsonSerializerOptions Options = JsonOutput.Options(BriefChangesJsonContext.Default, indented: true);

    public static BriefDto Brief(string json) =>
        JsonSerializer.Deserialize<BriefDto>(json, Options) ?? throw new JsonException("a stored brief is empty");

    public static string Texts(IReadOnlyDictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return JsonSerializer.Serialize(texts.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal), Options);
    }
}
