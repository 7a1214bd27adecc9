namespace Chorus.Core.Text;

/// <summary>
/// Tracks whether a quotation is open while reading a paragraph left to right, across all quote styles:
/// curly double and single marks, straight double marks, and the ``…'' of newswire text. A closing single
/// curly mark inside a word is an apostrophe, not a quote mark.
/// </summary>
internal sealed class QuoteState
{
    /// <summary>
    /// A quotation runs over at most this many sentences without a quote mark. Wire text without paragraph breaks
    /// would otherwise carry one stray or unclosed mark over the rest of the article; quoted passages of news
    /// stories rarely run longer than a paragraph of three sentences.
    /// </summary>
    public const int MaxUnmarkedQuotedSentences = 3;

    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create("“”«»‘’\"`'");

    private int depth;
    private int unmarkedSentences;

    public bool IsOpen => depth > 0;

    /// <summary>Reads one sentence, closing a quotation that has run past <see cref="MaxUnmarkedQuotedSentences"/> unmarked sentences.</summary>
    public void ReadSentence(string text, int start, int end)
    {
        var before = depth;
        var marked = text.AsSpan(start, end - start).IndexOfAny(QuoteMarks) >= 0;
        Read(text, start, end);
        if (before > 0 && depth > 0 && !marked && ++unmarkedSentences >= MaxUnmarkedQuotedSentences)
        {
            depth = 0;
        }

        if (marked || depth == 0)
        {
            unmarkedSentences = 0;
        }
    }

    public void Read(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '“' or '«':
                    depth++;
                    break;
                case '”' or '»':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '‘' when i == 0 || !char.IsLetterOrDigit(text[i - 1]):
                    depth++;
                    break;
                case '’' when depth > 0 && (i + 1 >= text.Length || !char.IsLetter(text[i + 1])) && (i == 0 || text[i - 1] != 's' || IsQuoteEnd(text, i)):
                    depth--;
                    break;
                case '"':
                    depth = depth > 0 ? depth - 1 : depth + 1;
                    break;
                case '`' when i + 1 < end && text[i + 1] == '`':
                    depth++;
                    i++;
                    break;
                case '\'' when i + 1 < end && text[i + 1] == '\'':
                    depth = Math.Max(0, depth - 1);
                    i++;
                    break;
            }
        }
    }

    /// <summary>A ’ after an "s" closes a quote when punctuation or a space follows and a quote is open; else it is a plural possessive.</summary>
    private static bool IsQuoteEnd(string text, int i) =>
        i + 1 >= text.Length || text[i + 1] is ',' or '.' or ';' or ':' or '!' or '?' or '\n';
}
