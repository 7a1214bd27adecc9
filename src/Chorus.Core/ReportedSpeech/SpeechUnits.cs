namespace Chorus.Core.ReportedSpeech;

/// <summary>
/// The sentences of a paragraph for attribution: a full stop, question or exclamation mark (with any closing marks)
/// followed by space and a capital, a digit or an opening mark ends one, except inside a quotation (a quoted
/// passage of several sentences stays with its attribution), after an abbreviation or initial, and before an
/// attribution that follows a closing quote and ends at its cue or goes on with an adverbial ("“…?” Obama asked.",
/// "“…!” she said of the crowd, …"; not "“….” Obama said the plan …").
/// </summary>
internal static class SpeechUnits
{
    /// <summary>An inverted attribution after a closing quote ("asked Smith.") has at most this many words.</summary>
    private const int MaxTrailingAttributionWords = 12;

    /// <summary>The cue of an attribution after a closing quote is among its first six words.</summary>
    private const int CueWithinWords = 6;

    public static List<(int Start, int End)> Split(string text, int start, int end, List<QuotedStretch> quotes)
    {
        var units = new List<(int, int)>();
        var unitStart = start;
        var i = start;
        while (i < end)
        {
            if (text[i] is '.' or '!' or '?' or '…')
            {
                var j = i + 1;
                while (j < end && text[j] is '.' or '!' or '?' or '…' or '”' or '"' or '’' or ')' or '\'' or ']' or '»')
                {
                    j++;
                }

                if (j < end && char.IsWhiteSpace(text[j]))
                {
                    var k = j;
                    while (k < end && char.IsWhiteSpace(text[k]))
                    {
                        k++;
                    }

                    if (k < end && (char.IsUpper(text[k]) || char.IsDigit(text[k]) || text[k] is '“' or '"' or '\'' or '‘' or '«' or '(')
                        && !(SpeechQuotes.At(quotes, j - 1) is { } open && open.End > j)
                        && !(AfterAbbreviation(text, unitStart, i) && !PronounAt(text, k, end))
                        && !AttributionFollows(text, i, j, k, end))
                    {
                        units.Add((unitStart, j));
                        unitStart = k;
                        i = k;
                        continue;
                    }
                }
            }

            i++;
        }

        if (unitStart < end)
        {
            units.Add((unitStart, end));
        }

        return units;
    }

    private static bool AttributionFollows(string text, int terminator, int afterMarks, int next, int end)
    {
        var closesQuote = false;
        for (var m = terminator + 1; m < afterMarks; m++)
        {
            closesQuote |= text[m] is '”' or '"' || (text[m] == '\'' && m + 1 < afterMarks && text[m + 1] == '\'');
        }

        if (!closesQuote || text[next] is '“' or '"' or '\'')
        {
            return false;
        }

        var stop = next;
        while (stop < end && text[stop] is not ('.' or '!' or '?' or '“' or '"' or '\n'))
        {
            stop++;
        }

        var words = new List<(int Start, int End)>();
        for (var w = next; w < stop;)
        {
            if (!SpeechTokens.IsWordChar(text[w]) && text[w] is not ('\'' or '’'))
            {
                w++;
                continue;
            }

            var s = w;
            while (w < stop && (SpeechTokens.IsWordChar(text[w]) || text[w] is '\'' or '’'))
            {
                w++;
            }

            words.Add((s, w));
        }

        // "“… in full.” He added, “…”": after a quote closed by a full stop, an attribution that opens a new quote
        // starts a sentence of its own.
        if (text[terminator] == '.' && stop < end && text[stop] is '“' or '"' && LastVisible(text, next, stop) is ',' or ':')
        {
            return false;
        }

        var cue = words.Take(CueWithinWords).ToList().FindIndex(w => CueVerbs.Kinds.TryGetValue(Lower(text, w), out var kind) && kind == CueKind.Say);
        if (cue < 0)
        {
            return false;
        }

        // "“…?” Lee told reporters during a call.": after a question or exclamation a telling cue attributes it.
        if (text[terminator] is '?' or '!' && SpeechWords.Listening.Contains(Lower(text, words[cue])))
        {
            return true;
        }

        // "“…?” asked Smith." / "“…?” Smith asked of the crowd, …": the cue ends the clause or an adverbial follows it;
        // "“….” Smith said the plan …" and "Asked whether …, Smith said, “…”" begin new sentences.
        if (cue == 0)
        {
            return words.Count <= MaxTrailingAttributionWords && words.Count > 1
                && (char.IsUpper(text[words[1].Start]) || Lower(text, words[1]) is "the" or "a" or "an");
        }

        // "South Carolina, he said, was …": a comma before the cue makes it a parenthetical of a new sentence.
        if (text.AsSpan(next, words[cue].Start - next).Contains(','))
        {
            return false;
        }

        if (cue == words.Count - 1)
        {
            return stop >= end || text[stop] is '.' or '!' or '?' || text[words[cue].End] == ',';
        }

        var after = Lower(text, words[cue + 1]);
        return text[words[cue].End] == ',' || after == "of" || SpeechWords.Prepositions.Contains(after) || SpeechWords.TimeWords.Contains(after);
    }

    private static char LastVisible(string text, int from, int stop)
    {
        var k = stop - 1;
        while (k > from && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        return text[k];
    }

    private static string Lower(string text, (int Start, int End) word) => text[word.Start..word.End].ToLowerInvariant();

    /// <summary>"… at 7 p.m. He says …", "… in the U.S. They …": a capitalised pronoun after an abbreviation opens a sentence.</summary>
    private static bool PronounAt(string text, int k, int end)
    {
        var w = k;
        while (w < end && char.IsLetter(text[w]))
        {
            w++;
        }

        return (w >= end || !char.IsLetter(text[w])) && text[k..w] is "He" or "She" or "They" or "We" or "It" or "I";
    }

    private static bool AfterAbbreviation(string text, int unitStart, int stop)
    {
        if (text[stop] != '.')
        {
            return false;
        }

        var k = stop;
        while (k > unitStart && (char.IsLetterOrDigit(text[k - 1]) || text[k - 1] == '.'))
        {
            k--;
        }

        var word = text[k..stop];
        return word.Length > 0
            && ((word.Length == 1 && char.IsUpper(word[0])) || word.Contains('.', StringComparison.Ordinal) || SpeechWords.Abbreviations.Contains(word.ToLowerInvariant()));
    }
}
