using Chorus.Core.Text;

namespace Chorus.Core.Facts;

/// <summary>
/// Merges the claim mentions of all outlets into claims: mentions of one speaker (the resolved name, or the same
/// mention as written) whose content words mostly coincide (<see cref="FactsOptions.QuoteContainment"/>, the quotes'
/// share, of the shorter claim's words left after function words) and that are both negated or neither are one claim. Claims carried by more independent
/// sources come first, then in the order first read.
/// </summary>
internal static class ClaimMerger
{
    public static List<AttributedClaim> Merge(IReadOnlyList<ClaimMention> mentions, IReadOnlyDictionary<string, int> independentSource, FactsOptions options)
    {
        var words = mentions.Select(m => WordAlignment.Words(m.Text)).ToList();
        var content = words.Select(ContentWords).ToList();
        var sets = content.Select(w => w.ToHashSet(StringComparer.Ordinal)).ToList();
        var keys = mentions.Select(SpeakerKey).ToList();
        var negated = words.Select(w => w.Count(IsNegation) % 2 == 1).ToList();

        // A paraphrase reorders clauses ("the bridge will reopen by Friday" for "the town would reopen the bridge by
        // Friday"), so claims compare content-word sets, where quotes compare word order.
        bool Same(int a, int b) =>
            keys[a] == keys[b] && negated[a] == negated[b]
            && sets[a].Count(sets[b].Contains) >= options.QuoteContainment * Math.Min(sets[a].Count, sets[b].Count);

        var clusters = new List<List<int>>();
        var bySpeaker = new Dictionary<string, List<List<int>>>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (!bySpeaker.TryGetValue(keys[i], out var ofSpeaker))
            {
                bySpeaker[keys[i]] = ofSpeaker = [];
            }

            var home = ofSpeaker.FirstOrDefault(c => c.Any(k => Same(k, i)));
            if (home is null)
            {
                home = [];
                ofSpeaker.Add(home);
                clusters.Add(home);
            }

            home.Add(i);
        }

        return clusters
            .Select((cluster, order) => (Claim: Claim(mentions, words, cluster), Order: order))
            .OrderByDescending(c => c.Claim.Mentions.Select(m => independentSource.GetValueOrDefault(m.ArticleId)).Distinct().Count())
            .ThenBy(c => c.Order)
            .Select(c => c.Claim)
            .ToList();
    }

    private static AttributedClaim Claim(IReadOnlyList<ClaimMention> mentions, List<string[]> words, List<int> cluster)
    {
        var members = cluster.Select(i => mentions[i]).ToList();
        var shown = cluster.GroupBy(i => string.Join(' ', words[i]), StringComparer.Ordinal)
            .OrderByDescending(g => g.Any(i => mentions[i].Direct)).ThenByDescending(g => g.Count()).ThenByDescending(g => words[g.First()].Length)
            .First().First();
        var speaker = members.Select(m => m.Speaker).FirstOrDefault(s => s is not null);
        var quotedWordings = cluster.Where(i => mentions[i].Direct)
            .GroupBy(i => string.Join(' ', words[i]), StringComparer.Ordinal)
            .Select(g => g.Select(i => mentions[i].ArticleId).ToHashSet(StringComparer.Ordinal))
            .ToList();
        // Different quoted words count only between outlets: one article repeating a quote in part is not a discrepancy.
        var quotedDifferently = quotedWordings.Any(a => quotedWordings.Any(b => !ReferenceEquals(a, b) && a.Any(x => b.Any(y => x != y))));
        return new AttributedClaim(speaker ?? members[0].Mention, speaker is not null, mentions[shown].Text, mentions[shown].Direct, members, quotedDifferently);
    }

    /// <summary>
    /// The words that carry the claim: a paraphrase changes the function words ("that Kabul had plans to retake" for
    /// "we have plans to retake"), not these. A claim of fewer than two such words is compared on all its words.
    /// </summary>
    private static string[] ContentWords(string[] words)
    {
        var content = words.Where(w => !StopWords.Contains(w)).ToArray();
        return content.Length >= 2 ? content : words;
    }

    /// <summary>"will not hold" and "will hold" share their content words but are opposite claims.</summary>
    private static bool IsNegation(string word) => word is "no" or "not" or "never" or "nor" || word.EndsWith("n't", StringComparison.Ordinal);

    private static string SpeakerKey(ClaimMention m) => m.Speaker is { } s ? "name:" + s.ToLowerInvariant() : "mention:" + m.Mention.ToLowerInvariant();
}
