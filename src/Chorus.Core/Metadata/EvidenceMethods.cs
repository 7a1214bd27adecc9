namespace Chorus.Core.Metadata;

/// <summary>
/// How a reader found an article's outlet or date, as <see cref="Documents.Evidence.Method"/> says it (briefs show it:
/// "outlet from source line"). Page metadata keeps the tag it came from instead ("meta og:site_name").
/// </summary>
internal static class EvidenceMethods
{
    public const string Given = "given by the user";

    public const string PublicationLine = "publication line";

    public const string Container = "container";

    public const string Dateline = "dateline";

    public const string DateLine = "date line";

    public const string CopyrightLine = "copyright line";

    public const string SourceLine = "source line";

    public const string SiteAddress = "site address";

    public const string FileName = "file name";

    /// <summary>A date a page shows beside its headline or byline, read from its visible text.</summary>
    public const string DateNearHeadline = "date near the headline";

    /// <summary>The same, labelled as an update ("Updated Nov 19, 2019").</summary>
    public const string UpdatedNearHeadline = "updated date near the headline";
}
