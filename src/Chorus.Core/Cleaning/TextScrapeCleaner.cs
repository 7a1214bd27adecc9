using System.Security.Cryptography;
using System.Text;
using Chorus.Core.Cleaning.Rules;
using Chorus.Core.Documents;
using Chorus.Core.Text;
using L = Chorus.Core.Cleaning.BoilerplateLexicon;

namespace Chorus.Core.Cleaning;

/// <summary>
/// Turns a plain-text scrape of a news page into a clean <see cref="Article"/>: page furniture removed (and kept
/// aside with the rule that removed it), title, outlet, date and dateline read off the text.
/// </summary>
public static class TextScrapeCleaner
{
    /// <summary>A first line this short and without closing punctuation is the headline.</summary>
    private const int MaxTitleWords = 25;

    /// <summary>A kept line without closing punctuation and at most this long is a section heading, not prose.</summary>
    private const int MaxHeadingWords = 20;

    /// <summary>The lead used to detect topic drift: the title and this many first body lines.</summary>
    private const int LeadLines = 3;

    /// <summary>Cleans a batch, using repetition across its documents as one signal.</summary>
    public static List<Article> CleanAll(IReadOnlyList<RawDocument> documents)
    {
        var corpus = CorpusLineCounts.Count(documents.Select(d => d.Content));
        return documents.Select(d => Clean(d, corpus)).ToList();
    }

    public static Article Clean(RawDocument document, CorpusLineCounts? corpus = null)
    {
        var lines = SplitLines(document.Content);
        var context = new CleaningContext(lines, corpus ?? CorpusLineCounts.Empty);

        SocialPostRule.Apply(context);
        LinkAndNavigationRule.Apply(context);
        MetadataLineRule.Apply(context);
        var titleIndex = FindTitle(context, document);
        CaptionRule.Apply(context, titleIndex);
        EngagementRule.Apply(context);
        SloganBlockRule.Apply(context);
        RepeatedAcrossPagesRule.Apply(context, titleIndex);
        TrailingTeaserRule.Apply(context, LeadTerms(context, titleIndex));

        var title = document.TitleHint ?? (titleIndex is { } t ? lines[t].Text : null);
        var (text, paragraphs) = BuildBody(context, titleIndex);
        var removed = lines
            .Where(l => context.ReasonFor(l.Index) is not null)
            .Select(l => new RemovedLine(l.Number, l.Text, context.ReasonFor(l.Index)!))
            .ToList();
        var language = LanguageGuess.Guess(text);

        return new Article(
            ArticleId(text),
            document.Origin,
            title,
            ArticleMetadata.ChooseOutlet(context.OutletCandidates, document),
            ArticleMetadata.ChooseDate(context.DateCandidates, document),
            text,
            paragraphs,
            removed)
        {
            Url = document.Url,
            Byline = context.Byline,
            Dateline = context.Dateline,
            Language = language?.Code,
            Provenance = language is null ? [] : [language.AsEvidence()],
        };
    }

    /// <summary>A stable id: a hash of the normalised body text, so the same article read twice has one id.</summary>
    public static string ArticleId(string text)
    {
        var normalized = SentenceReader.CollapseWhitespace(text).ToLowerInvariant();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalized));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    private static List<ScrapeLine> SplitLines(string content) =>
        content.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select((line, index) => new ScrapeLine(index, line.Replace('\u00a0', ' ').Trim().Trim('\u200b', '\ufeff').Trim()))
            .ToList();

    private static int? FindTitle(CleaningContext context, RawDocument document)
    {
        if (document.TitleHint is not null)
        {
            return null;
        }

        var top = context.KeptLines.Take(2).ToList();
        if (top.Count == 2 && IsSectionLabel(top[0]) && LooksLikeHeadline(top[1]))
        {
            context.Remove(top[0].Index, BoilerplateLexicon.SectionCrumbs);
            return top[1].Index;
        }

        return top.Count > 0 && LooksLikeHeadline(top[0]) ? top[0].Index : null;
    }

    private static bool LooksLikeHeadline(ScrapeLine line) => !line.EndsLikeSentence && line.Words is >= 3 and <= MaxTitleWords;

    /// <summary>A one- or two-word line above the headline names the page's section ("World", "Veldoria").</summary>
    private static bool IsSectionLabel(ScrapeLine line) => !line.EndsLikeSentence && line.Words <= 2;

    private static HashSet<string> LeadTerms(CleaningContext context, int? titleIndex)
    {
        var lead = context.KeptLines.Where(l => l.Index == titleIndex || l.EndsLikeSentence).Take(LeadLines + 1);
        return lead.SelectMany(l => Tokenizer.Terms(l.Text)).ToHashSet(StringComparer.Ordinal);
    }

    private static (string Text, List<Paragraph> Paragraphs) BuildBody(CleaningContext context, int? titleIndex)
    {
        var builder = new StringBuilder();
        var paragraphs = new List<Paragraph>();
        foreach (var line in context.KeptLines.Where(l => l.Index != titleIndex))
        {
            var text = line.Text;
            var isHeading = !line.EndsLikeSentence && line.Words <= MaxHeadingWords;
            if (isHeading)
            {
                text = text.Trim('-', '–', '—', ' ');
            }
            else if (!paragraphs.Any(p => p.Kind == ParagraphKind.Body) && L.LeadDateline().Match(text) is { Success: true } m)
            {
                ReadLeadDateline(context, m);
                text = text[m.Length..];
            }

            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            paragraphs.Add(new Paragraph(new TextSpan(builder.Length, text.Length), isHeading ? ParagraphKind.Heading : ParagraphKind.Body));
            builder.Append(text);
        }

        return (builder.ToString(), paragraphs);
    }

    private static void ReadLeadDateline(CleaningContext context, System.Text.RegularExpressions.Match match)
    {
        context.Dateline ??= match.Groups["place"].Value.Trim();
        if (match.Groups["outlet"].Success)
        {
            var evidence = new Evidence("dateline", match.Value.Trim());
            context.OutletCandidates.Add(new Outlet(match.Groups["outlet"].Value.Trim(), evidence));
        }
    }
}
