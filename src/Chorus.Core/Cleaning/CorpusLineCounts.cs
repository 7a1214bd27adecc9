namespace Chorus.Core.Cleaning;

/// <summary>
/// How many documents of a batch contain each (normalised) line: site chrome repeats across pages of a batch,
/// article prose rarely does outside copies, which the cleaner tells apart by line shape.
/// </summary>
internal sealed class CorpusLineCounts
{
    private readonly Dictionary<string, int> documentsPerLine;

    private CorpusLineCounts(Dictionary<string, int> counts) => documentsPerLine = counts;

    public static CorpusLineCounts Empty { get; } = new([]);

    /// <summary>The counts of a batch's documents, each read into its lines (<see cref="Text.ProseLines.Read"/>).</summary>
    public static CorpusLineCounts Count(IEnumerable<IReadOnlyList<Text.ProseLine>> documents)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in document.Select(l => l.Text))
            {
                var key = Normalize(line);
                if (key.Length > 0 && seen.Add(key))
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        return new CorpusLineCounts(counts);
    }

    public int DocumentsContaining(string line) => documentsPerLine.GetValueOrDefault(Normalize(line));

    internal static string Normalize(string line) =>
        Text.SentenceReader.CollapseWhitespace(line.AsSpan().Trim()).ToLowerInvariant();
}
