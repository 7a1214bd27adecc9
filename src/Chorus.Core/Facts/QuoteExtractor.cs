using Chorus.Core.Documents;
using Chorus.Core.Lexicon;
using Chorus.Core.Text;

namespace Chorus.Core.Facts;

/// <summary>A named person mentioned at a position of an article, for resolving "he said".</summary>
internal readonly record struct PersonMention(int Position, string Name);

/// <summary>
/// Quotes of one article with their speakers. Pieces of one quote split by an attribution ("“We opened every
/// school,” he said, “and every mosque.”") are joined; a quote standing alone in its paragraph continues the
/// previous paragraph's speaker; "he"/"she" and "the minister" refer back to the last named person.
/// </summary>
internal static class QuoteExtractor
{
    /// <summary>Shorter quotes are scare quotes or single terms ("absolutely", “heightened concern”), not statements.</summary>
    public const int MinQuoteWords = 4;

    /// <summary>An attribution between two pieces of one quote is at most this many characters (", Belmora's governor said,").</summary>
    private const int MaxGapBetweenPieces = 90;

    /// <summary>How far before and after a quote its attribution is looked for; bounds the work on a runaway sentence.</summary>
    private const int AttributionWindow = 200;

    public static List<QuoteMention> Extract(Article article, IReadOnlyList<Sentence> sentences, IReadOnlyList<PersonMention> persons)
    {
        var text = article.Text;
        var quotes = new List<QuoteMention>();
        QuoteMention? previous = null;
        var previousParagraph = -2;
        var paragraphIndex = -1;
        foreach (var paragraph in article.Paragraphs.Where(p => p.Kind == ParagraphKind.Body))
        {
            paragraphIndex++;
            foreach (var group in Groups(text, QuoteScanner.Scan(text, paragraph.Span)))
            {
                var inner = group.Select(p => p.Inner).ToList();
                var lastPiece = group[^1];
                if (!lastPiece.Closed)
                {
                    inner[^1] = CutTrailingAttribution(text, lastPiece.Inner, out var tail);
                    if (tail is not null)
                    {
                        lastPiece = new QuotedPiece(inner[^1], TextSpan.FromBounds(lastPiece.Outer.Start, inner[^1].End), true);
                    }
                }

                var quoteText = string.Join(" ", inner.Select(s => SentenceReader.CollapseWhitespace(text.AsSpan(s.Start, s.Length)).Trim().TrimEnd(','))).Trim();
                if (Tokenizer.Words(quoteText).Count() < MinQuoteWords)
                {
                    continue;
                }

                var attribution = Attribute(text, paragraph.Span, sentences, group, lastPiece);
                var speaker = attribution?.Speaker;
                var role = attribution?.Role;
                if (attribution is { RefersBack: true })
                {
                    speaker = persons.LastOrDefault(p => p.Position < group[0].Outer.Start).Name;
                    role = attribution.Role is { } r && speaker is null ? r : null;
                }
                else if (attribution?.Speaker is { } said && previous?.Speaker is not null && SpeechLexicon.Documents.Contains(said))
                {
                    // "…,” said the statement": the statement of the issuer named just before.
                    speaker = previous.Speaker;
                    role = previous.Role;
                }
                else if (attribution is null && StandsAlone(text, paragraph.Span, group) && previous is not null && previousParagraph >= paragraphIndex - 1)
                {
                    speaker = previous.Speaker;
                    role = previous.Role;
                }

                var mention = new QuoteMention(article.Id, quoteText, inner, speaker, role, attribution?.Verb);
                quotes.Add(mention);
                previous = mention;
                previousParagraph = paragraphIndex;
            }
        }

        return quotes;
    }

    /// <summary>Consecutive pieces joined when only a short attribution stands between them.</summary>
    private static List<List<QuotedPiece>> Groups(string text, List<QuotedPiece> pieces)
    {
        var groups = new List<List<QuotedPiece>>();
        foreach (var piece in pieces)
        {
            if (groups.Count > 0 && groups[^1][^1] is { Closed: true } last && piece.Outer.Start - last.Outer.End <= MaxGapBetweenPieces
                && AttributionParser.After(text[last.Outer.End..piece.Outer.Start]) is not null)
            {
                groups[^1].Add(piece);
            }
            else
            {
                groups.Add([piece]);
            }
        }

        return groups;
    }

    private static Attribution? Attribute(string text, TextSpan paragraph, IReadOnlyList<Sentence> sentences, List<QuotedPiece> group, QuotedPiece last)
    {
        for (var k = 1; k < group.Count; k++)
        {
            if (AttributionParser.After(text[group[k - 1].Outer.End..group[k].Outer.Start]) is { } middle)
            {
                return middle;
            }
        }

        var sentenceEnd = sentences.FirstOrDefault(s => s.Span.Start <= last.Outer.End && last.Outer.End <= s.Span.End)?.Span.End ?? paragraph.End;
        sentenceEnd = Math.Min(Math.Min(Math.Max(sentenceEnd, last.Outer.End), paragraph.End), last.Outer.End + AttributionWindow);
        if (AttributionParser.After(text[last.Outer.End..sentenceEnd]) is { } after)
        {
            return after;
        }

        var sentenceStart = sentences.FirstOrDefault(s => s.Span.Start <= group[0].Outer.Start && group[0].Outer.Start < s.Span.End)?.Span.Start ?? paragraph.Start;
        sentenceStart = Math.Max(Math.Max(sentenceStart, paragraph.Start), group[0].Outer.Start - AttributionWindow);
        return sentenceStart < group[0].Outer.Start ? AttributionParser.Before(text[sentenceStart..group[0].Outer.Start]) : null;
    }

    /// <summary>An unclosed quote ending in ", he said." loses that attribution: the closing mark was forgotten.</summary>
    private static TextSpan CutTrailingAttribution(string text, TextSpan inner, out string? tail)
    {
        tail = null;
        var comma = text.LastIndexOf(',', inner.End - 1, inner.Length);
        if (comma < 0 || inner.End - comma > 80)
        {
            return inner;
        }

        var rest = text[(comma + 1)..inner.End];
        if (Tokenizer.Words(rest).Count() <= 8 && AttributionParser.After(rest) is not null)
        {
            tail = rest;
            return TextSpan.FromBounds(inner.Start, comma);
        }

        return inner;
    }

    private static bool StandsAlone(string text, TextSpan paragraph, List<QuotedPiece> group)
    {
        static bool Blank(ReadOnlySpan<char> s)
        {
            foreach (var c in s)
            {
                if (char.IsLetterOrDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        return Blank(text.AsSpan(paragraph.Start, group[0].Outer.Start - paragraph.Start))
            && Blank(text.AsSpan(group[^1].Outer.End, paragraph.End - group[^1].Outer.End));
    }
}
