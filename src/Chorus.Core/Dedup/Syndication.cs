using Chorus.Core.Documents;

namespace Chorus.Core.Dedup;

/// <summary>A group of copies of one text: the canonical (richest) article and its copies.</summary>
internal sealed record Syndication(string CanonicalId, IReadOnlyList<CopyMatch> Copies);

/// <summary>Groups a batch of articles into syndications: every article is in exactly one group.</summary>
internal static class Syndications
{
    public static List<Syndication> Find(IReadOnlyList<Article> articles, CopyDetectionOptions? options = null)
    {
        var detector = new CopyDetector(options);
        var parent = articles.Select(a => a.Id).Distinct().ToDictionary(id => id, id => id, StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var match in detector.Add(article.Id, article.Text))
            {
                Union(parent, article.Id, match.ArticleId);
            }
        }

        var order = articles.Select((a, i) => (a.Id, i)).GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        return parent.Keys
            .GroupBy(id => Find(parent, id), StringComparer.Ordinal)
            .Select(group =>
            {
                var canonical = group.OrderByDescending(detector.ShingleCount).ThenBy(id => order[id]).First();
                var copies = group.Where(id => id != canonical)
                    .OrderBy(id => order[id])
                    .Select(id => detector.Compare(id, canonical))
                    .ToList();
                return new Syndication(canonical, copies);
            })
            .OrderBy(s => order[s.CanonicalId])
            .ToList();
    }

    private static string Find(Dictionary<string, string> parent, string id)
    {
        while (parent[id] != id)
        {
            parent[id] = parent[parent[id]];
            id = parent[id];
        }

        return id;
    }

    private static void Union(Dictionary<string, string> parent, string a, string b)
    {
        var rootA = Find(parent, a);
        var rootB = Find(parent, b);
        if (rootA != rootB)
        {
            parent[string.CompareOrdinal(rootA, rootB) < 0 ? rootB : rootA] = string.CompareOrdinal(rootA, rootB) < 0 ? rootA : rootB;
        }
    }
}
