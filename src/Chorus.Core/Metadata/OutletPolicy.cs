using Chorus.Core.Documents;

namespace Chorus.Core.Metadata;

/// <summary>Where an article's outlet name can come from; <see cref="OutletPolicy.Ranking"/> says which wins.</summary>
internal enum OutletSource
{
    Given,
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
        (OutletSource.Given, "the user named the outlet of this input (--outlet, --outlets): they know it better than any clue"),
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

        if (!string.IsNullOrWhiteSpace(document.OutletGiven))
        {
            clues.Add(new OutletClue(OutletSource.Given, new Outlet(document.OutletGiven.Trim(), new Evidence(EvidenceMethods.Given, document.OutletGiven))));
        }

        if (HostOf(document.Url) is { } host)
        {
            clues.Add(new OutletClue(OutletSource.SiteAddress, new Outlet(host, new Evidence(EvidenceMethods.SiteAddress, document.Url!))));
        }

        // The whole item name ("clusters.jsonl:3#2", "crawl.warc@1024"): the items of one container share its file name.
        var fileName = Path.GetFileName(document.Origin);
        var shown = string.IsNullOrEmpty(fileName) ? document.Origin : fileName;
        clues.Add(new OutletClue(OutletSource.FileName, new Outlet(UnknownOutlet(shown), new Evidence(EvidenceMethods.FileName, document.Origin))));
        return clues.OrderBy(c => RankOf[c.Source]).First().Outlet;
    }

    /// <summary>How an outlet known only by its file name is shown: a file name is not an outlet, and a reader must not take it for one.</summary>
    public static string UnknownOutlet(string fileName) => $"unknown outlet ({fileName})";

    /// <summary>The host of an absolute http(s) address without "www.", or null.</summary>
    public static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0
            ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host)
            : null;
}
