using Chorus.Core.Dedup;
using Chorus.Core.Documents;
using Chorus.Core.Metadata;

namespace Chorus.Core.Briefs;

/// <summary>
/// Lists the articles of a brief as sources, labelled by <see cref="SourceLabels"/> (S1, S2… per independent source
/// by first publication time, S1a, S1b… for copies) and listed in label order. A canonical article whose outlet is
/// only its file name takes the outlet its copy names as source.
/// </summary>
internal static class SourceList
{
    public static List<BriefSource> Build(IReadOnlyList<Article> articles, IReadOnlyList<Syndication> syndications)
    {
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var groupOf = new Dictionary<string, Syndication>(StringComparer.Ordinal);
        var named = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var group in syndications)
        {
            named[group.CanonicalId] = WithOutletFromCopies(byId[group.CanonicalId], group.Copies.Select(c => byId[c.ArticleId]));
            groupOf[group.CanonicalId] = group;
            foreach (var copy in group.Copies)
            {
                named[copy.ArticleId] = byId[copy.ArticleId];
                groupOf[copy.ArticleId] = group;
            }
        }

        var labels = SourceLabels.Assign(named.Values.Select(a => new LabelRequest(a.Id, groupOf[a.Id].CanonicalId, a.Published?.Instant, a.Outlet.Name)));
        var numbers = syndications.ToDictionary(g => g.CanonicalId, g => LabelNumber(labels[g.CanonicalId]), StringComparer.Ordinal);
        var sources = new List<BriefSource>();
        foreach (var article in named.Values)
        {
            var group = groupOf[article.Id];
            var copy = group.Copies.FirstOrDefault(c => c.ArticleId == article.Id);
            sources.Add(new BriefSource(labels[article.Id], article, numbers[group.CanonicalId])
            {
                CopyOf = copy is null ? null : group.CanonicalId,
                CopyMatch = copy,
            });
        }

        return sources.OrderBy(s => s.IndependentSource).ThenBy(s => s.Label.Length).ThenBy(s => s.Label, StringComparer.Ordinal).ToList();
    }

    private static int LabelNumber(string label) => int.Parse(label.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);

    private static Article WithOutletFromCopies(Article canonical, IEnumerable<Article> copies)
    {
        if (canonical.Outlet.Evidence.Method != EvidenceMethods.FileName)
        {
            return canonical;
        }

        var named = copies.FirstOrDefault(c => c.Outlet.Evidence.Method == EvidenceMethods.SourceLine);
        return named is null
            ? canonical
            : canonical with
            {
                Outlet = new Outlet(named.Outlet.Name, new Evidence("source line of its copy", $"{named.Outlet.Evidence.Text} ({named.Origin})")),
            };
    }
}
