namespace Chorus.Core.ReportedSpeech;

/// <summary>A quoted stretch of a paragraph, marks included: [Start, End); unclosed ones run to the paragraph's end.</summary>
internal readonly record struct QuotedStretch(int Start, int End, bool Closed)
{
    public bool Contains(int position) => Start <= position && position < End;
}

/// <summary>
/// Top-level double quotes of a paragraph in the styles news uses: curly “…”, guillemets «…», straight "…" (also
/// closed by ”), and the doubled apostrophes ''…'' of one publisher. A straight or doubled opener needs a non-space
/// after it. Nested single quotes stay inside their stretch. Linear in the paragraph's length.
/// </summary>
internal static class SpeechQuotes
{
    private enum Style
    {
        Curly,
        Straight,
        Doubled,
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
            }
            else if (style == Style.Doubled ? doubled : c is '”' or '»' or '"' || (style == Style.Curly && ClosingOpener(text, i, end)))
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
            stretches.Add(new QuotedStretch(openAt, end, false));
        }

        return stretches;
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
