namespace Chorus.Core.Text;

/// <summary>
/// Tracks whether a quotation is open while reading a paragraph left to right, across all quote styles:
/// curly double and single marks, straight double marks, and the ``…'' of newswire text. A closing single
/// curly mark inside a word is an apostrophe, not a quote mark.
/// </summary>
public sealed class QuoteState
{
    private int depth;

    public bool IsOpen => depth > 0;

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
