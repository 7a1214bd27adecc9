using Chorus.Core.Documents;

namespace Chorus.Core.Cleaning;

/// <summary>
/// The working state of cleaning one scrape: its lines, which rule removed which line, and the metadata the
/// rules found on the way. Local to one call of <see cref="TextScrapeCleaner"/>; rules read and mark it.
/// </summary>
internal sealed class CleaningContext
{
    private readonly string?[] removedBecause;

    public CleaningContext(IReadOnlyList<ScrapeLine> lines, CorpusLineCounts corpus)
    {
        Lines = lines;
        Corpus = corpus;
        removedBecause = new string?[lines.Count];
    }

    public IReadOnlyList<ScrapeLine> Lines { get; }

    public CorpusLineCounts Corpus { get; }

    public List<Outlet> OutletCandidates { get; } = [];

    public List<ArticleDate> DateCandidates { get; } = [];

    public string? Dateline { get; set; }

    public string? Byline { get; set; }

    /// <summary>Index of the last line that marks where an article's own text ends ("Published in …", a source line).</summary>
    public int? EndMarker { get; set; }

    public bool IsKept(int index) => removedBecause[index] is null && !Lines[index].IsBlank;

    public string? ReasonFor(int index) => removedBecause[index];

    public void Remove(int index, string reason) => removedBecause[index] ??= reason;

    public IEnumerable<ScrapeLine> KeptLines => Lines.Where(l => IsKept(l.Index));

    /// <summary>The nearest kept line before <paramref name="index"/>, looking back at most <paramref name="maxDistance"/> lines.</summary>
    public ScrapeLine? KeptBefore(int index, int maxDistance)
    {
        for (var i = index - 1; i >= 0 && index - i <= maxDistance; i--)
        {
            if (IsKept(i))
            {
                return Lines[i];
            }
        }

        return null;
    }

    public DateOnly? ReferenceDate => DateCandidates.Count > 0 ? DateCandidates[0].Date : null;
}
