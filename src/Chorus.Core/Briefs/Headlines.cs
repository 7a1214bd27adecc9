using Chorus.Core.Summarization;
using Chorus.Core.Text;

namespace Chorus.Core.Briefs;

/// <summary>Chooses a story's headline: the source title that best matches what the summary says.</summary>
internal static class Headlines
{
    private const int FallbackWords = 14;

    public static string Choose(IReadOnlyList<BriefSource> sources, IReadOnlyList<SummarySentence> summary)
    {
        var summaryTerms = summary.SelectMany(s => s.Sentence.Terms).ToHashSet(StringComparer.Ordinal);
        var best = sources
            .Where(s => !string.IsNullOrWhiteSpace(s.Article.Title))
            .Select((s, order) => (Title: s.Article.Title!, order, Score: Overlap(Tokenizer.Terms(s.Article.Title!), summaryTerms)))
            .OrderByDescending(t => t.Score)
            .ThenBy(t => t.order)
            .FirstOrDefault();
        if (best.Title is not null)
        {
            return best.Title;
        }

        var lead = summary.Count > 0 ? summary[0].Sentence.Text : sources[0].Article.Text;
        var words = lead.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= FallbackWords ? lead : string.Join(' ', words.Take(FallbackWords)) + "…";
    }

    private static double Overlap(List<string> titleTerms, HashSet<string> summaryTerms) =>
        titleTerms.Count == 0 ? 0 : (double)titleTerms.Count(summaryTerms.Contains) / titleTerms.Count;
}
