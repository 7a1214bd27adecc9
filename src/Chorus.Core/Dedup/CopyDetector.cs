using Chorus.Core.Documents;

namespace Chorus.Core.Dedup;

/// <summary>Settings of copy detection, with why each value is what it is; a value out of its range is refused when set.</summary>
public sealed record CopyDetectionOptions
{
    /// <summary>Word 5-grams: long enough that unrelated texts rarely share one, short enough to survive light edits.</summary>
    public int ShingleSize { get; init => field = Guard.AtLeast(value, 1, nameof(ShingleSize)); } = Shingles.DefaultSize;

    /// <summary>
    /// 64 bands of 2 rows: a pair with Jaccard 0.33 (a copy inside twice its length of junk) becomes a candidate
    /// with probability 0.9994, 0.2 with 0.93, 0.1 with 0.47. A copy padded with junk has a low Jaccard but a high
    /// containment, so the bands favour recall; the exact containment check that follows is cheap.
    /// </summary>
    public int Bands { get; init => field = Guard.AtLeast(value, 1, nameof(Bands)); } = 64;

    public int RowsPerBand { get; init => field = Guard.AtLeast(value, 1, nameof(RowsPerBand)); } = 2;

    /// <summary>
    /// Share of the smaller text's shingles found in the larger one for it to count as a copy. Rewrites of the same
    /// agency story share a few sentences (containment 0.1–0.4); syndicated copies share nearly all (0.8–1.0).
    /// </summary>
    public double MinContainment { get; init => field = Guard.Between(value, 0, 1, nameof(MinContainment)); } = 0.7;
}

/// <summary>A document found to be a copy of another, with the measured overlap.</summary>
public sealed record CopyMatch(string ArticleId, double Containment, double Jaccard);

/// <summary>
/// Finds near-copies as documents arrive: MinHash + LSH give candidates, exact shingle containment confirms.
/// </summary>
public sealed class CopyDetector
{
    private readonly CopyDetectionOptions options;
    private readonly MinHash minHash;
    private readonly LshIndex<string> index;
    private readonly Dictionary<string, ulong[]> sortedShingles = new(StringComparer.Ordinal);

    public CopyDetector(CopyDetectionOptions? options = null)
    {
        this.options = options ?? new CopyDetectionOptions();
        minHash = new MinHash(this.options.Bands * this.options.RowsPerBand);
        index = new LshIndex<string>(this.options.Bands, this.options.RowsPerBand);
    }

    /// <summary>Indexes a document and returns the already-indexed documents it overlaps as a copy (either way).</summary>
    public List<CopyMatch> Add(string id, string text)
    {
        var shingles = Shingles.Of(text, options.ShingleSize);
        var sorted = shingles.ToArray();
        Array.Sort(sorted);
        var matches = new List<CopyMatch>();
        if (sorted.Length > 0)
        {
            var signature = minHash.Signature(sorted);
            foreach (var candidate in index.Candidates(signature).Order(StringComparer.Ordinal))
            {
                var other = sortedShingles[candidate];
                var shared = Shingles.CountShared(sorted, other);
                var containment = (double)shared / Math.Min(sorted.Length, other.Length);
                if (containment >= options.MinContainment)
                {
                    var jaccard = (double)shared / (sorted.Length + other.Length - shared);
                    matches.Add(new CopyMatch(candidate, containment, jaccard));
                }
            }

            index.Add(id, signature);
        }

        sortedShingles[id] = sorted;
        return matches;
    }

    public int ShingleCount(string id) => sortedShingles.TryGetValue(id, out var s) ? s.Length : 0;

    /// <summary>The overlap of two indexed documents, reported for <paramref name="copyId"/>.</summary>
    public CopyMatch Compare(string copyId, string originalId)
    {
        var copy = sortedShingles[copyId];
        var original = sortedShingles[originalId];
        var shared = Shingles.CountShared(copy, original);
        var smaller = Math.Min(copy.Length, original.Length);
        var union = copy.Length + original.Length - shared;
        return new CopyMatch(copyId, smaller == 0 ? 0 : (double)shared / smaller, union == 0 ? 0 : (double)shared / union);
    }
}
