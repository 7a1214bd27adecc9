using Chorus.Core.Dedup;

namespace Chorus.Core.Clustering;

/// <summary>An earlier article that an arriving one nearly copies, and the story that article is in.</summary>
internal sealed record CopyHit(string OriginalId, long StoryId, double Containment, double Jaccard);

/// <summary>
/// Near-duplicate lookup over the recent stream, built from the Dedup parts (word shingles, MinHash, LSH bands;
/// exact shingle containment confirms). Two generations are kept; when the current one is full the older one is
/// dropped, so memory stays bounded however long the stream runs.
/// </summary>
internal sealed class CopyWindow
{
    private readonly ClusteringOptions options;
    private readonly MinHash minHash;
    private Generation current;
    private Generation? previous;

    public CopyWindow(ClusteringOptions options)
    {
        this.options = options;
        minHash = new MinHash(options.Copies.Bands * options.Copies.RowsPerBand);
        current = new Generation(options.Copies);
    }

    /// <summary>The earlier article this text copies most (if any) among the recent ones.</summary>
    public CopyHit? Find(ulong[] shingles, ulong[] signature)
    {
        var best = current.Find(shingles, signature, options.Copies.MinContainment);
        if (previous?.Find(shingles, signature, options.Copies.MinContainment) is { } older && (best is null || older.Containment > best.Containment))
        {
            best = older;
        }

        return best;
    }

    /// <summary>The text an article is shingled from: its title, if any, over its body.</summary>
    public static string TextOf(string? title, string text) => string.IsNullOrWhiteSpace(title) ? text : title + "\n" + text;

    public (ulong[] Shingles, ulong[] Signature) Prepare(string text)
    {
        var sorted = Shingles.Of(text, options.Copies.ShingleSize).ToArray();
        Array.Sort(sorted);
        return (sorted, sorted.Length == 0 ? [] : minHash.Signature(sorted));
    }

    public void Add(string id, long storyId, ulong[] shingles, ulong[] signature)
    {
        if (shingles.Length == 0)
        {
            return;
        }

        current.Add(id, storyId, shingles, signature);
        if (current.Count >= options.CopyWindowArticles)
        {
            previous = current;
            current = new Generation(options.Copies);
        }
    }

    private sealed class Generation(CopyDetectionOptions copies)
    {
        private readonly LshIndex<int> index = new(copies.Bands, copies.RowsPerBand);
        private readonly List<(string Id, long StoryId, ulong[] Shingles)> entries = [];

        public int Count => entries.Count;

        public void Add(string id, long storyId, ulong[] shingles, ulong[] signature)
        {
            index.Add(entries.Count, signature);
            entries.Add((id, storyId, shingles));
        }

        public CopyHit? Find(ulong[] shingles, ulong[] signature, double minContainment)
        {
            if (shingles.Length == 0)
            {
                return null;
            }

            CopyHit? best = null;
            foreach (var candidate in index.Candidates(signature).Order())
            {
                var (id, storyId, other) = entries[candidate];
                var shared = Shingles.CountShared(shingles, other);
                var containment = (double)shared / Math.Min(shingles.Length, other.Length);
                if (containment >= minContainment && (best is null || containment > best.Containment))
                {
                    best = new CopyHit(id, storyId, containment, (double)shared / (shingles.Length + other.Length - shared));
                }
            }

            return best;
        }
    }
}
