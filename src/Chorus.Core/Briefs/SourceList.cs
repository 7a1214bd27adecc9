using Chorus.Core.Dedup;
using Chorus.Core.Documents;
using Chorus.Core.Metadata;

namespace Chorus.Core.Briefs;

/// <summary>
/// Labels the articles of a brief as sources: S1, S2… per independent source in input order, S1a, S1b… for
/// copies. A canonical article whose outlet is only its file name takes the outlet its copy names as source.
/// </summary>
public static class SourceList
{
    public static List<BriefSource> Build(IReadOnlyList<Article> articles, IReadOnlyList<Syndication> syndications)
    {
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var order = articles.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var sources = new List<BriefSource>();
        var number = 0;
        foreach (var group in syndications.OrderBy(s => s.Copies.Select(c => order[c.ArticleId]).Append(order[s.CanonicalId]).Min()))
        {
            number++;
            var canonical = WithOutletFromCopies(byId[group.CanonicalId], group.Copies.Select(c => byId[c.ArticleId]));
            sources.Add(new BriefSource($"S{number}", canonical, number));
            var copyLetter = 'a';
            foreach (var copy in group.Copies)
            {
                sources.Add(new BriefSource($"S{number}{copyLetter++}", byId[copy.ArticleId], number)
                {
                    CopyOf = group.CanonicalId,
                    CopyMatch = copy,
                });
            }
        }

        return sources;
    }

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
