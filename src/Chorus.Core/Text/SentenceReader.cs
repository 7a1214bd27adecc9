using System.Text;
using Chorus.Core.Documents;

namespace Chorus.Core.Text;

/// <summary>Builds <see cref="Sentence"/> records from text ranges: split, normalise whitespace, extract terms.</summary>
public static class SentenceReader
{
    /// <summary>Sentences of the given body paragraphs of <paramref name="text"/>, numbered in order.</summary>
    public static List<Sentence> Read(string articleId, string text, IEnumerable<TextSpan> paragraphs)
    {
        var sentences = new List<Sentence>();
        var paragraphIndex = 0;
        foreach (var paragraph in paragraphs)
        {
            var quotes = new QuoteState();
            foreach (var span in SentenceSplitter.Split(text, paragraph))
            {
                var openBefore = quotes.IsOpen;
                quotes.ReadSentence(text, span.Start, span.End);
                var sentenceText = CollapseWhitespace(text.AsSpan(span.Start, span.Length));
                sentences.Add(new Sentence(articleId, sentences.Count, span, sentenceText, Tokenizer.Terms(sentenceText))
                {
                    Paragraph = paragraphIndex,
                    IsQuoteFragment = openBefore || quotes.IsOpen,
                });
            }

            paragraphIndex++;
        }

        return sentences;
    }

    /// <summary>Sentences of a whole text, treating blank lines as paragraph breaks.</summary>
    public static List<Sentence> Read(string articleId, string text) => Read(articleId, text, ParagraphSpans(text));

    public static IEnumerable<TextSpan> ParagraphSpans(string text)
    {
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '\n')
            {
                var j = i + 1;
                while (j < text.Length && text[j] is ' ' or '\t' or '\r')
                {
                    j++;
                }

                if (j < text.Length && text[j] == '\n')
                {
                    if (i > start)
                    {
                        yield return TextSpan.FromBounds(start, i);
                    }

                    start = j + 1;
                    i = start;
                    continue;
                }
            }

            i++;
        }

        if (text.Length > start)
        {
            yield return TextSpan.FromBounds(start, text.Length);
        }
    }

    public static string CollapseWhitespace(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
