using System.Globalization;
using System.Text;
using Chorus.Core.Cleaning;
using Chorus.Core.Documents;
using Chorus.Core.Text;

namespace Chorus.Core.Extraction;

/// <summary>
/// Turns an HTML page (or a feed item's HTML content) into the same <see cref="Article"/> record text scrapes
/// become: extracted paragraphs, removed furniture kept with its reason, and metadata with its evidence.
/// </summary>
public static class HtmlArticleBuilder
{
    /// <summary>The first paragraphs searched for a visible dateline or date line when the page states no date.</summary>
    private const int DateSearchBlocks = 4;

    public static Article Build(RawDocument document, ExtractionOptions? options = null)
    {
        var page = HtmlArticleExtractor.Extract(document.Content, document.Url, options);
        var meta = page.Metadata;
        var blocks = page.Blocks.ToList();
        string? dateline = null;
        Outlet? datelineOutlet = null;
        var firstBody = blocks.FindIndex(b => b.Kind != BlockKind.Heading);
        if (firstBody >= 0 && Cleaning.BoilerplateLexicon.LeadDateline().Match(blocks[firstBody].Text) is { Success: true } m)
        {
            dateline = m.Groups["place"].Value.Trim();
            if (m.Groups["outlet"].Success)
            {
                datelineOutlet = new Outlet(m.Groups["outlet"].Value.Trim(), new Evidence("dateline", m.Value.Trim()));
            }
        }

        var (text, paragraphs) = Body(blocks);
        var removed = page.Removed.Select((r, i) => new RemovedLine(i + 1, r.Text, r.Reason)).ToList();
        var title = PreferHint(meta.Title, document.TitleHint);
        var url = meta.CanonicalUrl ?? (document.Url is null ? null : new Found(document.Url, new Evidence("container", document.Url)));
        var provenance = new[] { ("title", title), ("byline", meta.Byline), ("language", meta.Language), ("url", url) }
            .Where(f => f.Item2 is not null)
            .Select(f => new FieldEvidence(f.Item1, f.Item2!.Evidence))
            .ToList();
        var guessed = meta.Language is null ? LanguageGuess.Guess(text) : null;
        if (guessed is not null)
        {
            provenance.Add(guessed.AsEvidence());
        }

        return new Article(
            TextScrapeCleaner.ArticleId(text),
            document.Origin,
            title?.Value,
            ChooseOutlet(document, meta, datelineOutlet, url?.Value),
            ChooseDate(meta.Published, blocks, document),
            text,
            paragraphs,
            removed)
        {
            Url = url?.Value,
            Byline = meta.Byline?.Value,
            Language = meta.Language?.Value ?? guessed?.Code,
            Dateline = dateline,
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
        return weak ? new Found(TextBlocks.Collapse(hint), new Evidence("container", hint)) : found;
    }

    /// <summary>
    /// Outlet evidence in the documented order: container hint (feed title) and the site's own name (og:site_name,
    /// JSON-LD publisher) › dateline agency › the page's host name › file name.
    /// </summary>
    private static Outlet ChooseOutlet(RawDocument document, HtmlMetadata meta, Outlet? datelineOutlet, string? url)
    {
        if (!string.IsNullOrWhiteSpace(document.OutletHint))
        {
            return new Outlet(document.OutletHint.Trim(), new Evidence("container", document.OutletHint));
        }

        if (meta.SiteName is { } site)
        {
            return new Outlet(site.Value, site.Evidence);
        }

        if (datelineOutlet is not null)
        {
            return datelineOutlet;
        }

        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
            return new Outlet(host, new Evidence("site address", url));
        }

        var fileName = Path.GetFileNameWithoutExtension(document.Origin.Split('#', '@')[0]);
        return new Outlet(string.IsNullOrEmpty(fileName) ? document.Origin : fileName, new Evidence("file name", document.Origin));
    }

    /// <summary>The page's stated date (meta, JSON-LD, &lt;time&gt;) › a visible date line › the container's date.</summary>
    private static ArticleDate? ChooseDate(Found? stated, List<ExtractedBlock> blocks, RawDocument document)
    {
        if (stated is not null && Parse(stated.Value, stated.Evidence) is { } fromPage)
        {
            return fromPage;
        }

        foreach (var block in blocks.Take(DateSearchBlocks))
        {
            if (NewsDates.ParseLine(block.Text) is { } line)
            {
                return new ArticleDate(line.Date, line.Time, block.Text, new Evidence("date line", block.Text));
            }
        }

        return document.DateHint is { } hint ? Parse(hint, new Evidence("container", hint)) : null;
    }

    internal static ArticleDate? Parse(string value, Evidence evidence)
    {
        var trimmed = value.Trim();
        if (trimmed.Length >= 10 && DateOnly.TryParseExact(trimmed[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && trimmed.Length == 10)
        {
            return new ArticleDate(day, null, value, evidence);
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            var utc = parsed.UtcDateTime;
            return new ArticleDate(DateOnly.FromDateTime(utc), TimeOnly.FromDateTime(utc), value, evidence);
        }

        return NewsDates.Find(trimmed).FirstOrDefault() is { } mention ? new ArticleDate(mention.Date, mention.Time, value, evidence) : null;
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
