using System.Text.RegularExpressions;

namespace Chorus.Core.ReportedSpeech;

/// <summary>A quoted stretch of a paragraph, marks included: [Start, End); unclosed ones run to the paragraph's end.</summary>
internal readonly record struct QuotedStretch(int Start, int End, bool Closed)
{
    public bool Contains(int position) => Start <= position && position < End;
}

/// <summary>
/// Top-level quotes of a paragraph in the styles news uses: curly “…”, guillemets «…», straight "…" (also closed by
/// ”), the doubled apostrophes ''…'' of one publisher, and single marks ‘…’ or '…' that some outlets use as their
/// quotation marks. A straight or doubled opener needs a non-space after it. A single mark inside a word ("don’t")
/// or a plural possessive followed by more text ("the militants’ gains") is an apostrophe, and a single opener
/// needs a closer ahead. Single quotes nested in double ones stay inside their stretch. Linear in the paragraph's
/// length but for the look-ahead of a single opener, which stops at the first closer.
/// </summary>
internal static partial class SpeechQuotes
{
    private enum Style
    {
        Curly,
        Straight,
        Doubled,
        Single,
    }

    public static List<QuotedStretch> Scan(string text, int start, int end)
    {
        var stretches = new List<QuotedStretch>();
        var openAt = -1;
        var style = Style.Curly;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            var doubled = c == '\'' && i + 1 < end && text[i + 1] == '\'';
            if (openAt < 0)
            {
                if (c is '“' or '«')
                {
                    (openAt, style) = (i, Style.Curly);
                }
                else if (c == '"' && i + 1 < end && !char.IsWhiteSpace(text[i + 1]))
                {
                    (openAt, style) = (i, Style.Straight);
                }
                else if (doubled && i + 2 < end && !char.IsWhiteSpace(text[i + 2]))
                {
                    (openAt, style) = (i, Style.Doubled);
                    i += 2;
                    continue;
                }
                else if (SingleOpener(text, start, i, end))
                {
                    (openAt, style) = (i, Style.Single);
                }
            }
            else if (style switch
            {
                Style.Doubled => doubled,
                Style.Single => SingleCloser(text, i, end),
                _ => c is '”' or '»' or '"' || (style == Style.Curly && ClosingOpener(text, i, end)),
            })
            {
                var close = style == Style.Doubled ? i + 2 : i + 1;
                stretches.Add(new QuotedStretch(openAt, close, true));
                openAt = -1;
                i = close;
                continue;
            }

            i++;
        }

        if (openAt >= 0)
        {
            stretches.Add(UnclosedTail(text, openAt, end) is { } comma ? new QuotedStretch(openAt, comma + 1, true) : new QuotedStretch(openAt, end, false));
        }

        return stretches;
    }

    /// <summary>
    /// "‘We had some glitches …, he said.": a quote the page left unclosed before a closing "…, he said." ends at that
    /// comma, which stands in for the missing mark; the comma's index, or null.
    /// </summary>
    private static int? UnclosedTail(string text, int openAt, int end)
    {
        var comma = text.LastIndexOf(',', end - 1, end - openAt);
        return comma > openAt + 1 && TrailingAttribution().IsMatch(text.AsSpan(comma + 1, end - comma - 1)) ? comma : null;
    }

    [GeneratedRegex(@"^\s*(?:he|she|they|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}?)(?:\s*)(?:said|says|added|adds|told reporters|explained|noted|wrote)\.?\s*$")]
    private static partial Regex TrailingAttribution();

    /// <summary>
    /// ‘ or ' before a letter and not after one, with no double mark before its closer: "‘08" and "how ‘bout this
    /// “…”" are apostrophes, and a single quote never spans a double one. A ' needs its closer ahead.
    /// </summary>
    private static bool SingleOpener(string text, int start, int i, int end)
    {
        var c = text[i];
        if (c is not ('‘' or '\'') || (i > start && char.IsLetterOrDigit(text[i - 1])) || i + 1 >= end || !char.IsLetter(text[i + 1]))
        {
            return false;
        }

        for (var k = i + 1; k < end; k++)
        {
            if (text[k] is '“' or '”' or '"')
            {
                return false;
            }

            if (text[k] is '’' or '\'' && (k + 1 >= end || !char.IsLetter(text[k + 1])) && (c == '‘' || text[k] == '\''))
            {
                return true;
            }
        }

        // A ‘ left open by the page ("‘We had some glitches …, he said.") still opens a quote, as a “ would.
        return c == '‘';
    }

    /// <summary>’ or ' not before a letter; after an "s" and before a space it is a possessive unless no other closer follows.</summary>
    private static bool SingleCloser(string text, int i, int end)
    {
        if (text[i] is not ('’' or '\'') || (i + 1 < end && char.IsLetter(text[i + 1])))
        {
            return false;
        }

        if (text[i - 1] != 's' || i + 1 >= end || !char.IsWhiteSpace(text[i + 1]))
        {
            return true;
        }

        for (var k = i + 1; k < end; k++)
        {
            if (text[k] is '’' or '\'' && (k + 1 >= end || !char.IsLetter(text[k + 1])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"“It is unusual,“ said Lee": an opening mark right after a word and before a space closes the quote.</summary>
    private static bool ClosingOpener(string text, int i, int end) =>
        text[i] == '“' && !char.IsWhiteSpace(text[i - 1]) && (i + 1 >= end || char.IsWhiteSpace(text[i + 1]));

    public static QuotedStretch? At(List<QuotedStretch> stretches, int position)
    {
        foreach (var s in stretches)
        {
            if (s.Contains(position))
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>Whether at least half of a span's characters lie between quote marks (the marks not counted).</summary>
    public static bool MostlyQuoted(List<QuotedStretch> stretches, int start, int end)
    {
        var quoted = 0;
        foreach (var s in stretches)
        {
            var inner = Math.Min(end, s.Closed ? s.End - 1 : s.End) - Math.Max(start, s.Start + 1);
            quoted += Math.Max(0, inner);
        }

        return end > start && 2 * quoted >= end - start;
    }
}
