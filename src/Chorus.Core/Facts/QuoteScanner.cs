using Chorus.Core.Documents;

namespace Chorus.Core.Facts;

/// <summary>One quoted stretch of a paragraph: the inner text span, and the span including its marks.</summary>
internal readonly record struct QuotedPiece(TextSpan Inner, TextSpan Outer, bool Closed);

/// <summary>
/// Finds quoted stretches in a paragraph, with every quote style news uses: curly double “…”, straight double
/// "…" (also mixed “…"), guillemets «…», and single marks ‘…’ or '…' used as double quotes by some outlets.
/// A ’ or ' inside a word ("don’t") or a plural possessive followed by more text ("militants’ gains") is an
/// apostrophe. An unclosed quote runs to the end of the paragraph. Linear in the paragraph's length.
/// </summary>
internal static class QuoteScanner
{
    public static List<QuotedPiece> Scan(string text, TextSpan paragraph)
    {
        var pieces = new List<QuotedPiece>();
        var openAt = -1;
        var single = false;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var c = text[i];
            var before = i > paragraph.Start ? text[i - 1] : ' ';
            var after = i + 1 < paragraph.End ? text[i + 1] : ' ';
            if (openAt < 0)
            {
                if (c is '“' or '«' || (c == '"' && !char.IsWhiteSpace(after)))
                {
                    (openAt, single) = (i, false);
                }
                else if (c is '‘' or '\'' && !char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after) && (c == '‘' || HasCloserAhead(text, i + 1, paragraph.End, c)))
                {
                    (openAt, single) = (i, true);
                }

                continue;
            }

            var closes = single
                ? c is '’' or '\'' && !char.IsLetter(after) && (before != 's' || !char.IsWhiteSpace(after) || !HasCloserAhead(text, i + 1, paragraph.End, c))
                : c is '”' or '»' or '"';
            if (closes)
            {
                pieces.Add(new QuotedPiece(TextSpan.FromBounds(openAt + 1, i), TextSpan.FromBounds(openAt, i + 1), true));
                openAt = -1;
            }
        }

        if (openAt >= 0 && paragraph.End > openAt + 1)
        {
            pieces.Add(new QuotedPiece(TextSpan.FromBounds(openAt + 1, paragraph.End), TextSpan.FromBounds(openAt, paragraph.End), false));
        }

        return pieces;
    }

    /// <summary>Whether a closing single mark (not inside a word) follows, so an opening one is a quote, not an apostrophe.</summary>
    private static bool HasCloserAhead(string text, int from, int end, char opener)
    {
        for (var k = from; k < end; k++)
        {
            if (text[k] is '’' or '\'' && (k + 1 >= end || !char.IsLetter(text[k + 1])) && (opener == '‘' || text[k] == '\''))
            {
                return true;
            }
        }

        return false;
    }
}
