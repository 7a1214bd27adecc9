using System.Text;
using Chorus.Core.Documents;
using Chorus.Core.Metadata;
using Chorus.Core.Text;

namespace Chorus.Core.Extraction;

/// <summary>
/// Turns an HTML page (or a feed item's HTML content) into the same <see cref="Article"/> record text scrapes
/// become: extracted paragraphs, removed furniture kept with its reason, and metadata with its evidence.
/// </summary>
public static class HtmlArticleBuilder
{
    /// <summary>The first paragraphs searched for a visible date line, the evidence used when the page states no date.</summary>
    private const int DateSearchBlocks = 4;

    public static Article Build(RawDocument document, ExtractionOptions? options = null)
    {
        var page = HtmlArticleExtractor.Extract(document.Content, document.Url, options);
        var meta = page.Metadata;
        var blocks = page.Blocks.ToList();
        var firstBody = blocks.FindIndex(b => b.Kind != BlockKind.Heading);
        var dateline = firstBody >= 0 ? Datelines.Read(blocks[firstBody].Text) : null;

        var (text, paragraphs) = Body(blocks);
        var removed = page.Removed.Select((r, i) => new RemovedLine(i + 1, r.Text, r.Reason)).ToList();
        var title = PreferHint(meta.Title, document.TitleHint);
        var url = meta.CanonicalUrl ?? (document.Url is null ? null : new Found(document.Url, new Evidence(EvidenceMethods.Container, document.Url)));
        var guessed = LanguageGuess.Guess(text);
        var language = PageLanguage.Choose(meta.Language, guessed);
        var provenance = new[] { ("title", title), ("byline", meta.Byline), ("language", language), ("url", url) }
            .Where(f => f.Item2 is not null)
            .Select(f => new FieldEvidence(f.Item1, f.Item2!.Evidence))
            .ToList();

        return new Article(
            ArticleIds.Of(text),
            document.Origin,
            title?.Value,
            OutletPolicy.Choose(OutletClues(meta, dateline, url?.Value), document),
            DatePolicy.Choose(DateClues(meta, blocks, document)),
            text,
            paragraphs,
            removed)
        {
            Url = url?.Value,
            Byline = meta.Byline?.Value,
            Language = language?.Value,
            Dateline = dateline?.Place,
            Provenance = provenance,
        };
    }

    /// <summary>A page's own title tags beat the container's title; a bare &lt;title&gt; or &lt;h1&gt; does not.</summary>
    private static Found? PreferHint(Found? found, string? hint)
    {
        if (string.IsNullOrWhiteSpace(hint))
        {
            return found;
        }

        var weak = found is null || found.Evidence.Method.StartsWith('<');
        return weak ? new Found(TextBlocks.Collapse(hint), new Evidence(EvidenceMethods.Container, hint)) : found;
    }

    /// <summary>What a page can tell of its outlet (the container's hint and the file name are added by the policy).</summary>
    private static IEnumerable<OutletClue> OutletClues(HtmlMetadata meta, LeadDateline? dateline, string? url)
    {
        if (meta.SiteName is { } site)
        {
            yield return new OutletClue(OutletSource.SiteName, new Outlet(site.Value, site.Evidence));
        }

        if (dateline?.Agency is { } agency)
        {
            yield return new OutletClue(OutletSource.Dateline, agency);
        }

        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
            yield return new OutletClue(OutletSource.SiteAddress, new Outlet(host, new Evidence(EvidenceMethods.SiteAddress, url)));
        }
    }

    /// <summary>
    /// What a page can tell of its date: its stated date (moved to the day shown beside the headline when the two are
    /// one time zone apart), the date shown beside the headline, a visible date line near the top, its container's date.
    /// </summary>
    private static IEnumerable<DateClue> DateClues(HtmlMetadata meta, List<ExtractedBlock> blocks, RawDocument document)
    {
        var shown = ShownDays.Read(meta.ShownDate);
        if (meta.Published is { } stated && StatedDates.ReadInstant(stated.Value, stated.Evidence) is { } fromPage)
        {
            yield return shown is not null && ShownDays.LocalDay(fromPage, shown.Value.Date, shown.Value.Updated) is { } local
                ? new DateClue(DateSource.HeadlineDate, local)
                : new DateClue(DateSource.PageMetadata, fromPage);
        }

        if (shown is not null)
        {
            yield return new DateClue(DateSource.HeadlineDate, shown.Value.Date);
        }

        foreach (var block in blocks.Take(DateSearchBlocks))
        {
            if (NewsDates.ParseLine(block.Text) is { } line)
            {
                yield return new DateClue(DateSource.DateLine, new ArticleDate(line.Date, line.Time, block.Text, new Evidence(EvidenceMethods.DateLine, block.Text)));
                break;
            }
        }

        if (document.DateHint is { } hint && StatedDates.ReadInstant(hint, new Evidence(EvidenceMethods.Container, hint)) is { } fromContainer)
        {
            yield return new DateClue(DateSource.Container, fromContainer);
        }
    }

    private static (string Text, List<Paragraph> Paragraphs) Body(List<ExtractedBlock> blocks)
    {
        var builder = new StringBuilder();
        var paragraphs = new List<Paragraph>();
        foreach (var block in blocks)
        {
            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            var kind = block.Kind == BlockKind.Heading ? ParagraphKind.Heading : ParagraphKind.Body;
            paragraphs.Add(new Paragraph(new TextSpan(builder.Length, block.Text.Length), kind));
            builder.Append(block.Text);
        }

        return (builder.ToString(), paragraphs);
    }
}
