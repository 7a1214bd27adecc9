using Chorus.Core.Documents;

namespace Chorus.Core.Text;

/// <summary>
/// Splits prose into sentences, returning exact spans. Survives abbreviations (Mr., U.S.), initials (J. Smith),
/// decimals, ellipses inside quotes, closing quote marks after the full stop, and hard-wrapped lines.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Long news sentences run to 600 characters; past this a run of text is no sentence, and is cut at a space.</summary>
    public const int MaxSentenceChars = 2000;

    public static IReadOnlyList<TextSpan> Split(string text) => Split(text, new TextSpan(0, text.Length));

    public static IReadOnlyList<TextSpan> Split(string text, TextSpan range)
    {
        var spans = new List<TextSpan>();
        var start = SkipSpace(text, range.Start, range.End);
        var i = start;
        while (i < range.End)
        {
            if (i - start >= MaxSentenceChars)
            {
                // Unpunctuated text (a scrape of a table, a hostile file) is cut at a space so that no sentence
                // grows without end: later stages compare words within a sentence and slow down with its square.
                var space = text.LastIndexOf(' ', i - 1, i - start - 1);
                var cut = space > start ? space : i;
                Add(spans, text, start, cut);
                start = SkipSpace(text, cut, range.End);
                i = start;
                continue;
            }

            var c = text[i];
            if (IsTerminator(c))
            {
                var end = i + 1;
                while (end < range.End && (IsTerminator(text[end]) || IsClosing(text[end])))
                {
                    end++;
                }

                if (end >= range.End || IsBoundary(text, start, i, end, range.End))
                {
                    Add(spans, text, start, end);
                    start = SkipSpace(text, end, range.End);
                    i = start;
                    continue;
                }

                i = end;
                continue;
            }

            if (c == '\n' && IsBlankLineAt(text, i, range.End))
            {
                Add(spans, text, start, i);
                start = SkipSpace(text, i, range.End);
                i = start;
                continue;
            }

            i++;
        }

        Add(spans, text, start, range.End);
        return spans;
    }

    private static bool IsBoundary(string text, int sentenceStart, int terminator, int afterPunctuation, int limit)
    {
        if (afterPunctuation >= limit || !char.IsWhiteSpace(text[afterPunctuation]))
        {
            return false;
        }

        var next = SkipSpace(text, afterPunctuation, limit);
        if (next >= limit)
        {
            return true;
        }

        if (!StartsSentence(text, next))
        {
            return false;
        }

        if (text[terminator] != '.' || afterPunctuation - terminator > 1)
        {
            return true;
        }

        var word = WordBefore(text, sentenceStart, terminator);
        if (word.Length == 0)
        {
            return true;
        }

        if (Abbreviations.NeverFinal.Contains(word))
        {
            return TitleEndsSentence(text, sentenceStart, terminator, word, NextWord(text, next, limit));
        }

        var isInitial = word.Length == 1 && char.IsUpper(word[0]);
        var isDotted = word.Contains('.', StringComparison.Ordinal);
        if (isInitial || isDotted || Abbreviations.MaybeFinal.Contains(word))
        {
            return OpensSentence(NextWord(text, next, limit));
        }

        return true;
    }

    /// <summary>
    /// A title is followed by a name, never by a function word ("Sen. The"): then it ends the sentence. And when the
    /// word is written after another capitalised word that the same text also uses without the full stop ("Hun Sen.",
    /// where "Hun Sen said" occurs), it is part of a name, not a title, and a capitalised word after it opens a new
    /// sentence.
    /// </summary>
    private static bool TitleEndsSentence(string text, int sentenceStart, int terminator, string word, string nextWord)
    {
        if (Abbreviations.BeforeAnything.Contains(word))
        {
            return false;
        }

        if (OpensSentence(nextWord))
        {
            return true;
        }

        var wordStart = terminator - word.Length;
        var previousEnd = wordStart - 1;
        if (previousEnd <= sentenceStart || text[previousEnd] != ' ')
        {
            return false;
        }

        var previous = WordBefore(text, sentenceStart, previousEnd);
        if (previous.Length < 2 || !char.IsUpper(previous[0]) || previous.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        return UsedWithoutFullStop(text, previous + " " + word);
    }

    private static bool UsedWithoutFullStop(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var after = at + name.Length;
            var startsWord = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            if (startsWord && after < text.Length && (text[after] is ' ' or ',' or '\'' or '’' or '\n'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsSentence(string text, int index)
    {
        var c = text[index];
        if (char.IsUpper(c) || char.IsDigit(c))
        {
            return true;
        }

        if (IsOpening(c) || c == '-' || c == '—' || c == '–')
        {
            var after = index + 1;
            while (after < text.Length && (IsOpening(text[after]) || text[after] == ' '))
            {
                after++;
            }

            return after < text.Length && (char.IsUpper(text[after]) || char.IsDigit(text[after]));
        }

        return false;
    }

    /// <summary>After an ambiguous abbreviation, a capitalised function word signals a new sentence.</summary>
    private static bool OpensSentence(string word) =>
        word.Length > 0 && char.IsUpper(word[0]) && StopWords.Contains(word.ToLowerInvariant());

    private static string WordBefore(string text, int sentenceStart, int terminator)
    {
        var s = terminator;
        while (s > sentenceStart && (char.IsLetterOrDigit(text[s - 1]) || text[s - 1] == '.'))
        {
            s--;
        }

        return text[s..terminator];
    }

    private static string NextWord(string text, int index, int limit)
    {
        while (index < limit && !char.IsLetterOrDigit(text[index]))
        {
            index++;
        }

        var e = index;
        while (e < limit && char.IsLetter(text[e]))
        {
            e++;
        }

        return text[index..e];
    }

    private static void Add(List<TextSpan> spans, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start && HasLetterOrDigit(text, start, end))
        {
            spans.Add(TextSpan.FromBounds(start, end));
        }
    }

    private static bool HasLetterOrDigit(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBlankLineAt(string text, int newline, int limit)
    {
        for (var j = newline + 1; j < limit; j++)
        {
            if (text[j] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[j]))
            {
                return false;
            }
        }

        return false;
    }

    private static int SkipSpace(string text, int index, int limit)
    {
        while (index < limit && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsClosing(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»' or '`';

    private static bool IsOpening(char c) => c is '"' or '\'' or '“' or '‘' or '(' or '[' or '«' or '`';
}
