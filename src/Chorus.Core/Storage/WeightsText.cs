using System.Globalization;
using System.Text;

namespace Chorus.Core.Storage;

/// <summary>A term→weight map as text ("term\tweight" lines), sorted so the same map gives the same bytes.</summary>
internal static class WeightsText
{
    public static string Write<T>(IReadOnlyDictionary<string, T> weights)
        where T : IFormattable
    {
        var text = new StringBuilder();
        foreach (var (key, value) in weights.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            text.Append(key).Append('\t').Append(value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    public static Dictionary<string, double> ReadDoubles(string text) =>
        Lines(text).ToDictionary(p => p.Key, p => double.Parse(p.Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);

    public static Dictionary<string, int> ReadInts(string text) =>
        Lines(text).ToDictionary(p => p.Key, p => int.Parse(p.Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);

    private static IEnumerable<(string Key, string Value)> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            var tab = line.LastIndexOf('\t');
            return (line[..tab], line[(tab + 1)..]);
        });
}
