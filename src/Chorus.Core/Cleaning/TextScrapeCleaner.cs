using System.Text;
using Chorus.Core.Cleaning.Rules;
using Chorus.Core.Documents;
using Chorus.Core.Metadata;
using Chorus.Core.Text;

namespace Chorus.Core.Cleaning;

/// <summary>
/// Turns a plain-text scrape of a news page into a clean <see cref="Article"/>: page furniture removed (and kept
/// aside with the rule that removed it), title, outlet, date and dateline read off the text.
/// </summary>
internal static class TextScrapeCleaner
{
    /// <summary>A kept line without closing punctuation and at most this long is a section heading, not prose.</summary>
    private const int MaxHeadingWords = 20;

    /// <summary>Cleans a batch, using repetition across its documents as one signal.</summary>
    public static List<Article> CleanAll(IReadOnlyList<RawDocument> documents)
    {
        // Each scrape's lines are read once, for the batch's line counts and for its own cleaning.
        var prose = documents.Select(d => ProseLines.Read(d.Content)).ToList();
        var corpus = CorpusLineCounts.Count(prose);
        return documents.Select((d, k) => Clean(d, corpus, CleaningRules.InOrder, prose[k])).ToList();
    }

    public static Article Clean(RawDocument document, CorpusLineCounts? corpus = null) =>
        Clean(document, corpus ?? CorpusLineCounts.Empty, CleaningRules.InOrder);

    /// <summary>Cleans one scrape with the given rules, run in the order listed.</summary>
    internal static Article Clean(RawDocument document, CorpusLineCounts corpus, IReadOnlyList<ICleaningRule> rules) =>
        Clean(document, corpus, rules, ProseLines.Read(document.Content));

    /// <param name="prose">The scrape's lines (<see cref="ProseLines.Read"/> of its content).</param>
    private static Article Clean(RawDocument document, CorpusLineCounts corpus, IReadOnlyList<ICleaningRule> rules, IReadOnlyList<ProseLine> prose)
    {
        var lines = SplitLines(prose);
        var context = new CleaningContext(lines, corpus, titleGiven: document.TitleHint is not null);
        foreach (var rule in rules)
        {
            rule.Apply(context);
        }

        var title = document.TitleHint ?? (context.TitleIndex is { } t ? lines[t].Text : null);
        var (text, paragraphs) = BuildBody(context);
        var removed = lines
            .Where(l => context.ReasonFor(l.Index) is not null)
            .Select(l => new RemovedLine(l.Number, l.Text, context.ReasonFor(l.Index)!))
            .ToList();
        var language = LanguageGuess.Guess(text);
        if (document.DateHint is { } hint && StatedDates.ReadWritten(hint, new Evidence(EvidenceMethods.Container, hint)) is { } fromContainer)
        {
            context.DateClues.Add(new DateClue(DateSource.Container, fromContainer));
        }

        return new Article(
            ArticleIds.Of(text),
            document.Origin,
            title,
            OutletPolicy.Choose(context.OutletClues, document),
            DatePolicy.Choose(context.DateClues),
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

    /// <summary>The scrape's lines as written: a hard-wrapped paragraph is one line (see <see cref="ProseLines"/>).</summary>
    private static List<ScrapeLine> SplitLines(IReadOnlyList<ProseLine> prose) =>
        prose
            .Select((line, index) => new ScrapeLine(index, line.Text.Replace('\u00a0', ' ').Trim().Trim('\u200b', '\ufeff').Trim()) { Number = line.FirstLine + 1 })
            .ToList();

    private static (string Text, List<Paragraph> Paragraphs) BuildBody(CleaningContext context)
    {
        var builder = new StringBuilder();
        var paragraphs = new List<Paragraph>();
        foreach (var line in context.KeptLines.Where(l => l.Index != context.TitleIndex))
        {
            var text = line.Text;
            var isHeading = !line.EndsLikeSentence && line.Words <= MaxHeadingWords;
            if (isHeading)
            {
                text = text.Trim('-', '–', '—', ' ');
            }
            else if (!paragraphs.Any(p => p.Kind == ParagraphKind.Body) && Datelines.Read(text) is { } dateline)
            {
                context.Dateline ??= dateline.Place;
                if (dateline.Agency is { } agency)
                {
                    context.OutletClues.Add(new OutletClue(OutletSource.Dateline, agency));
                }

                text = text[dateline.Length..];
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
}
