namespace Chorus.Core.ReportedSpeech;

/// <summary>Whether a token is a quote mark that opens or closes a quoted stretch.</summary>
internal enum QuoteMark : byte
{
    None,
    Open,
    Close,
}

/// <summary>A word or punctuation mark of a sentence, with its span, and where it stands relative to quotes.</summary>
internal readonly record struct SpeechToken(string Text, string Lower, int Start, int End, bool Quoted, QuoteMark Mark)
{
    /// <summary>Inside a quotation, or one of its marks: never a cue or a source.</summary>
    public bool InQuote => Quoted || Mark != QuoteMark.None;

    public bool IsWord => SpeechTokens.IsWordChar(Text[0]);

    public bool IsCapitalised => char.IsUpper(Text[0]);

    public bool Is(string text) => string.Equals(Text, text, StringComparison.Ordinal);

    /// <summary>A single punctuation mark among those given ("…".Contains on a one-character token).</summary>
    public bool IsAnyOf(string marks) => Text.Length == 1 && marks.Contains(Text[0], StringComparison.Ordinal);
}

/// <summary>
/// Splits a sentence into words and punctuation: a word is a run of letters, numbers and '_' joined across inner
/// apostrophes, hyphens, full stops and ampersands ("didn't", "U.S", "R-Texas", "AT&amp;T"); every other visible
/// character is a token of its own, except '' (one quote mark) and the full stop of an abbreviation or initial
/// ("Sen.", "J.", "U.S.").
/// </summary>
internal static class SpeechTokens
{
    public static List<SpeechToken> Read(string text, int start, int end, List<QuotedStretch> quotes)
    {
        var tokens = new List<SpeechToken>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var s = i;
            if (IsWordChar(c))
            {
                i++;
                while (i < end && (IsWordChar(text[i]) || (text[i] is '\'' or '’' or '-' or '.' or '&' && i + 1 < end && IsWordChar(text[i + 1]))))
                {
                    i++;
                }
            }
            else if (c == '\'' && i + 1 < end && text[i + 1] == '\'')
            {
                i += 2;
            }
            else if (c == '.' && tokens.Count > 0 && tokens[^1].End == i && (EndsAbbreviation(tokens[^1].Text) || (i + 1 < end && text[i + 1] == ',')))
            {
                var word = tokens[^1];
                tokens[^1] = Make(text, word.Start, i + 1, quotes);
                i++;
                continue;
            }
            else
            {
                i++;
            }

            tokens.Add(Make(text, s, i, quotes));
        }

        return tokens;
    }

    public static bool IsWordChar(char c) => c == '_' || char.IsLetter(c) || char.IsNumber(c);

    private static bool EndsAbbreviation(string word) =>
        IsWordChar(word[0]) && (SpeechWords.Abbreviations.Contains(word.ToLowerInvariant()) || word.Contains('.', StringComparison.Ordinal) || (word.Length == 1 && char.IsUpper(word[0])));

    private static SpeechToken Make(string text, int start, int end, List<QuotedStretch> quotes)
    {
        var word = text[start..end];
        var mark = QuoteMark.None;
        var quoted = false;
        if (SpeechQuotes.At(quotes, start) is { } stretch)
        {
            if (start == stretch.Start)
            {
                mark = QuoteMark.Open;
            }
            else if (stretch.Closed && end == stretch.End)
            {
                mark = QuoteMark.Close;
            }
            else
            {
                quoted = true;
            }
        }

        // "don’t" and "don't" are one word to every list.
        return new SpeechToken(word, word.ToLowerInvariant().Replace('’', '\''), start, end, quoted, mark);
    }
}
