namespace Chorus.Core.Facts;

/// <summary>
/// Merges the quote mentions of all sources into quotes: mentions whose words mostly coincide
/// (<see cref="FactsOptions.QuoteContainment"/>) are one quote. The most common wording is shown (ties: the
/// longest); each other wording is listed with the words it adds and lacks. When sources name different
/// speakers for one quote, that is a conflict.
/// </summary>
internal static class QuoteMerger
{
    public static (List<Quote> Quotes, List<Conflict> Conflicts) Merge(IReadOnlyList<QuoteMention> mentions, FactsOptions options)
    {
        var words = mentions.Select(m => WordAlignment.Words(m.Text)).ToList();
        var sets = words.Select(w => w.ToHashSet(StringComparer.Ordinal)).ToList();
        var clusters = new List<List<int>>();

        // Shared distinct words bound the common subsequence from above, so the quadratic alignment runs only on likely pairs.
        bool Same(int a, int b) =>
            sets[a].Count(sets[b].Contains) >= options.QuoteContainment * Math.Min(sets[a].Count, sets[b].Count)
            && WordAlignment.Containment(words[a], words[b]) >= options.QuoteContainment;
        for (var i = 0; i < mentions.Count; i++)
        {
            var home = clusters.FirstOrDefault(c => c.Any(k => Same(k, i)));
            if (home is null)
            {
                clusters.Add([i]);
            }
            else
            {
                home.Add(i);
            }
        }

        var quotes = new List<Quote>();
        var conflicts = new List<Conflict>();
        foreach (var cluster in clusters)
        {
            var members = cluster.Select(i => mentions[i]).ToList();
            var wordings = cluster.GroupBy(i => string.Join(' ', words[i]), StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenByDescending(g => words[g.First()].Length).ToList();
            var canonical = wordings[0].First();
            var differences = wordings.Skip(1).Select(wording =>
            {
                var (adds, lacks) = WordAlignment.Diff(words[canonical], words[wording.First()]);
                return new WordingDifference(wording.Select(i => mentions[i].ArticleId).Distinct().ToList(), mentions[wording.First()].Text, adds, lacks);
            }).ToList();

            var speakers = members.Where(m => m.Speaker is not null).GroupBy(m => m.Speaker!, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            var speaker = speakers.FirstOrDefault()?.Key;
            var role = members.Where(m => m.Speaker == speaker && m.Role is not null).Select(m => m.Role).FirstOrDefault();
            var verb = members.Where(m => m.Verb is not null).GroupBy(m => m.Verb!, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            var quote = new Quote(mentions[canonical].Text, speaker, role, verb, members, differences);
            quotes.Add(quote);
            if (speakers.Count > 1 && speakers.Count(s => s.Key.Any(char.IsUpper)) > 1)
            {
                conflicts.Add(new Conflict(
                    ClaimKind.Speaker,
                    $"Who said “{Shorten(quote.Text)}”",
                    speakers.Select(s => new ClaimSide([new ClaimValue(s.Key, s.Select(m => new SourceSpan(m.ArticleId, m.Spans[0], m.Text)).ToList())])).ToList()));
            }
        }

        return (quotes, conflicts);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60].TrimEnd() + "…";
}
