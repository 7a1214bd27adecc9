using Chorus.Core.Corroboration;
using Chorus.Core.Summarization;

namespace Chorus.Bench;

/// <summary>
/// Whether a sentence is reported by another source, as <see cref="StoryClaims.ReportedElsewhere"/> decided it before
/// it asked sentence by sentence: the candidate sentences gathered in a set, grouped by document, and each document
/// judged whole (every sentence compared, the comparisons sorted). Kept only as the baseline of bench
/// <c>brief-summarize-speed</c>; same decisions.
/// </summary>
internal sealed class PlainCoverageJudgment
{
    private readonly StorySentences story;
    private readonly StoryClaims claims;
    private readonly SupportOptions options;
    private readonly Dictionary<string, List<int>> withWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> withEvent = new(StringComparer.Ordinal);
    private readonly List<int> withAges = [];
    private readonly List<int> withClaimers = [];

    public PlainCoverageJudgment(StorySentences story, StoryClaims claims, SupportOptions options)
    {
        (this.story, this.claims, this.options) = (story, claims, options);
        for (var i = 0; i < story.All.Count; i++)
        {
            var reading = claims.Readings[i];
            foreach (var word in reading.AllWords)
            {
                Add(withWord, word, i);
            }

            foreach (var count in reading.Counts.Where(c => c.Event is not null))
            {
                Add(withEvent, count.Event!, i);
            }

            if (reading.Ages.Count > 0)
            {
                withAges.Add(i);
            }

            if (reading.ResponsibilityClaimers.Count > 0)
            {
                withClaimers.Add(i);
            }
        }
    }

    public bool ReportedElsewhere(int claim)
    {
        var own = story.All[claim].Source;
        var candidates = Candidates(claims.Readings[claim]) ?? Enumerable.Range(0, story.All.Count);
        foreach (var document in candidates.Where(i => story.All[i].Source != own).GroupBy(i => story.All[i].Document))
        {
            var sentences = document.Order().Select(i => claims.Readings[i]).ToList();
            if (SupportJudge.Judge(claims.Readings[claim], sentences, claims.Weights, options).Kind != SupportKind.Silent)
            {
                return true;
            }
        }

        return false;
    }

    private HashSet<int>? Candidates(ClaimReading claim)
    {
        if (claim.Assertion.Count == 0)
        {
            return null;
        }

        var found = new HashSet<int>();
        foreach (var word in claim.Assertion)
        {
            found.UnionWith(withWord.GetValueOrDefault(word) ?? []);
        }

        foreach (var count in claim.Counts)
        {
            found.UnionWith(withEvent.GetValueOrDefault(count.Event ?? "") ?? []);
        }

        found.UnionWith(claim.Ages.Count > 0 ? withAges : []);
        found.UnionWith(claim.ResponsibilityClaimers.Count > 0 ? withClaimers : []);
        return found;
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int sentence)
    {
        if (!index.TryGetValue(key, out var sentences))
        {
            index[key] = sentences = [];
        }

        if (sentences.Count == 0 || sentences[^1] != sentence)
        {
            sentences.Add(sentence);
        }
    }
}
