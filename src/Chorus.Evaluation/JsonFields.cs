using System.Text.Json;

namespace Chorus.Evaluation;

/// <summary>
/// Fields a data-set record must hold: a missing or mistyped one throws <see cref="InvalidDataException"/> naming
/// the field, which the loaders turn into a problem naming the file and line.
/// </summary>
internal static class JsonFields
{
    public static JsonElement Required(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            throw new InvalidDataException($"\"{name}\" is missing");
        }

        return value;
    }

    public static JsonElement Required(JsonElement element, string name, JsonValueKind kind)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value) || value.ValueKind != kind)
        {
            throw new InvalidDataException($"\"{name}\" missing or not {kind.ToString().ToLowerInvariant()}");
        }

        return value;
    }

    public static string RequiredString(JsonElement element, string name) => Required(element, name, JsonValueKind.String).GetString()!;

    public static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
