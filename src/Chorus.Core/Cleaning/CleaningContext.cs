using Chorus.Core.Metadata;
using Chorus.Core.Text;

namespace Chorus.Core.Cleaning;

/// <summary>
/// The working state of cleaning one scrape: its lines, which rule removed which line, and what the rules found on
/// the way (metadata, the headline). Local to one call of <see cref="TextScrapeCleaner"/>; rules read and mark it.
/// </summary>
internal sealed class CleaningContext
{
    /// <summary>The lead used to detect topic drift: the headline and this many first sentence lines.</summary>
    private const int LeadLines = 3;

    private readonly string?[] removedBecause;

    public CleaningContext(IReadOnlyList<ScrapeLine> lines, CorpusLineCounts corpus, bool titleGiven)
    {
        Lines = lines;
        Corpus = corpus;
        TitleGiven = titleGiven;
        removedBecause = new string?[lines.Count];
    }

    public IReadOnlyList<ScrapeLine> Lines { get; }

    public CorpusLineCounts Corpus { get; }

    /// <summary>The scrape's container gave its title, so no line of the scrape is the headline.</summary>
    public bool TitleGiven { get; }

    /// <summary>The line that is the headline, once a rule found it; null when there is none or the container gave the title.</summary>
    public int? TitleIndex { get; set; }

    public List<OutletClue> OutletClues { get; } = [];

    /// <summary>Dates found, the one the article states best first (see <see cref="DatePolicy"/>).</summary>
    public List<DateClue> DateClues { get; } = [];

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

    public DateOnly? ReferenceDate => DatePolicy.Choose(DateClues)?.Date;

    /// <summary>The content terms of the article's lead as the lines kept so far give it: the headline and the first sentence lines.</summary>
    public HashSet<string> LeadTerms()
    {
        var lead = KeptLines.Where(l => l.Index == TitleIndex || l.EndsLikeSentence).Take(LeadLines + 1);
        return lead.SelectMany(l => Tokenizer.Terms(l.Text)).ToHashSet(StringComparer.Ordinal);
    }
}
