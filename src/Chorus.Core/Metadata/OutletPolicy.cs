using Chorus.Core.Documents;

namespace Chorus.Core.Metadata;

/// <summary>Where an article's outlet name can come from; <see cref="OutletPolicy.Ranking"/> says which wins.</summary>
internal enum OutletSource
{
    PublicationLine,
    Container,
    SiteName,
    Dateline,
    CopyrightLine,
    SourceLine,
    SiteAddress,
    FileName,
}

/// <summary>An outlet name a reader found, and the kind of evidence it is.</summary>
internal sealed record OutletClue(OutletSource Source, Outlet Outlet);

/// <summary>
/// Chooses an article's outlet among what its reader found, the same way for text scrapes and HTML pages: the best
/// ranked evidence wins, and of two clues of one kind the one found first.
/// </summary>
internal static class OutletPolicy
{
    /// <summary>The kinds of outlet evidence, best first, each with the reason for its place.</summary>
    public static IReadOnlyList<(OutletSource Source, string Reason)> Ranking { get; } =
    [
        (OutletSource.PublicationLine, "a print-edition line (\"Published in X, date\") is the publisher naming itself"),
        (OutletSource.Container, "a feed title or a data set's source field names who published the item it lists"),
        (OutletSource.SiteName, "the page's own site name (og:site_name, JSON-LD publisher) names the site that carries the text"),
        (OutletSource.Dateline, "an agency in a dateline (\"LISBON (Reuters) -\") names who wrote the text, which others may carry"),
        (OutletSource.CopyrightLine, "a copyright line names the owner of the site, which may be a group rather than the outlet"),
        (OutletSource.SourceLine, "a source line (\"SOURCE: X\") names where a copy came from, not who carries this copy"),
        (OutletSource.SiteAddress, "a host name is an address, not the name readers know the outlet by"),
        (OutletSource.FileName, "a file name is only what the page was saved as: the last resort"),
    ];

    private static readonly Dictionary<OutletSource, int> RankOf = Ranking.Select((r, i) => (r.Source, i)).ToDictionary(r => r.Source, r => r.i);

    /// <summary>The outlet of <paramref name="document"/>: the best of what its reader found, its container's hint and its file name.</summary>
    public static Outlet Choose(IEnumerable<OutletClue> found, RawDocument document)
    {
        var clues = found.ToList();
        if (!string.IsNullOrWhiteSpace(document.OutletHint))
        {
            clues.Add(new OutletClue(OutletSource.Container, new Outlet(document.OutletHint.Trim(), new Evidence(EvidenceMethods.Container, document.OutletHint))));
        }

        var fileName = Path.GetFileNameWithoutExtension(document.Origin.Split('#', '@')[0]);
        clues.Add(new OutletClue(OutletSource.FileName, new Outlet(string.IsNullOrEmpty(fileName) ? document.Origin : fileName, new Evidence(EvidenceMethods.FileName, document.Origin))));
        return clues.OrderBy(c => RankOf[c.Source]).First().Outlet;
    }
}
