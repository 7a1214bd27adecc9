namespace Chorus.Core.ReportedSpeech;

/// <summary>The subject opening a clause, past opening adverbials ("On Saturday, …") and words that name nobody.</summary>
internal static class ClauseSubjects
{
    /// <summary>"In a statement released late on Monday night, …": an opening adverbial has at most this many tokens.</summary>
    private const int MaxOpeningAdverbialTokens = 10;

    /// <summary>"On Thursday, after weeks of silence, …": at most this many opening phrases are read past.</summary>
    private const int MaxOpeningPhrases = 3;

    /// <summary>"The three constitutional scholars agreed": a described subject has at most this many words after its determiner.</summary>
    private const int MaxDescribedSubjectWords = 5;

    /// <summary>"Specifically", "Immediately": endings of adverbs, not of names ("Kelly", "Donnelly").</summary>
    private static readonly string[] AdverbEndings = ["ally", "ately", "ously", "ently", "antly", "ingly", "edly", "ively", "fully", "arly"];

    /// <summary>The subject at the start of a clause: a pronoun or a capitalised run ("But Sen. Pat Toomey …").</summary>
    public static (int Start, int End)? SubjectAt(SpeechSentence s, int lo, int hi)
    {
        var i = lo;
        while (i < hi && SpeechWords.SentenceOpeners.Contains(s[i].Lower))
        {
            i++;
        }

        // "On Thursday, after weeks of silence, Lee …": opening phrases may follow one another.
        for (var phrases = 0; phrases < MaxOpeningPhrases && AfterOpeningAdverbial(s, i, hi) is var next && next > i; phrases++)
        {
            i = next;
        }

        if (i >= hi)
        {
            return null;
        }

        if (SpeechWords.Pronouns.Contains(s[i].Lower) && s[i].Lower != "it")
        {
            return (i, i + 1);
        }

        var j = i;
        while (j < hi && s[j].IsCapitalised && s[j].Mark == QuoteMark.None && !SpeechSentence.IsPunctuationBreak(s[j]))
        {
            j++;
        }

        if (j > i && !(j == i + 1 && SpeechWords.NotNames.Contains(s[i].Lower)))
        {
            // "Instead he …", "Specifically, …", "As White House …": an adverb or a subordinate clause opens, no name.
            return !IsOpeningWord(s[i].Lower) ? (i, AfterTitle(s, j, hi)) : j > i + 1 || (i + 1 < hi && SpeechWords.Pronouns.Contains(s[i + 1].Lower)) ? SubjectAt(s, i + 1, hi) : null;
        }

        return DescribedSubject(s, i, hi);
    }

    /// <summary>"Former Obama speechwriter Jon Favreau": lower-case title words between two capitalised runs join them;
    /// the end of the second run, or <paramref name="j"/>.</summary>
    private static int AfterTitle(SpeechSentence s, int j, int hi)
    {
        var k = j;
        while (k < hi && k - j < 4 && s[k].IsWord && !s[k].IsCapitalised && !s[k].InQuote && IsTitleWord(s[k].Lower))
        {
            k++;
        }

        if (k == j || k >= hi || !s[k].IsWord || !s[k].IsCapitalised || s[k].InQuote)
        {
            return j;
        }

        while (k < hi && s[k].IsCapitalised && s[k].Mark == QuoteMark.None && !SpeechSentence.IsPunctuationBreak(s[k]))
        {
            k++;
        }

        return k;
    }

    private static bool IsTitleWord(string w) =>
        (w == "of" || !SpeechWords.Prepositions.Contains(w)) && !SpeechWords.Auxiliaries.Contains(w) && !SpeechWords.ClauseWords.Contains(w)
        && !ReportedSpeechOptions.AllCues.ContainsKey(w) && !w.EndsWith("ed", StringComparison.Ordinal) && !SpeechWords.Determiners.Contains(w)
        && w is not ("and" or "or" or "but");

    private static bool IsOpeningWord(string w) =>
        SpeechWords.Prepositions.Contains(w) || SpeechWords.Subordinators.Contains(w) || w is "instead" or "adding" or "under"
        || (w.Length > 6 && AdverbEndings.Any(e => w.EndsWith(e, StringComparison.Ordinal)));

    /// <summary>
    /// "The conservative weekly has argued", "the actor held": a determiner and a few words that end right before an
    /// auxiliary, a cue or a past form are the subject; null when no verb comes that soon.
    /// </summary>
    private static (int Start, int End)? DescribedSubject(SpeechSentence s, int i, int hi)
    {
        if (!SpeechWords.Determiners.Contains(s[i].Lower))
        {
            return null;
        }

        for (var k = i + 1; k < Math.Min(hi, i + 1 + MaxDescribedSubjectWords); k++)
        {
            var t = s[k];
            if (!t.IsWord || t.InQuote || SpeechWords.ClauseWords.Contains(t.Lower) || SpeechWords.Prepositions.Contains(t.Lower))
            {
                return null;
            }

            if (SpeechWords.Auxiliaries.Contains(t.Lower) || s.CueAt(k) is not null || (t.Lower.EndsWith("ed", StringComparison.Ordinal) && !t.IsCapitalised))
            {
                return k > i + 1 ? (i, k) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "On Saturday, Lee …", "Minutes later, the party …": a short opening phrase of time or place before a comma is
    /// not the subject; the index after its comma, or <paramref name="i"/>.
    /// </summary>
    private static int AfterOpeningAdverbial(SpeechSentence s, int i, int hi)
    {
        if (i >= hi)
        {
            return i;
        }

        // "Speaking at a rally, …", "More recently, …", "Thirteen years earlier, …": a participle, an adverb or a span
        // of time opens the phrase, or a word of time stands in it.
        var first = s[i].Lower;
        if (SpeechWords.Pronouns.Contains(first))
        {
            return i;
        }

        var adverbial = SpeechWords.Prepositions.Contains(first) || first.EndsWith("ly", StringComparison.Ordinal)
            || first.EndsWith("ing", StringComparison.Ordinal) || first.EndsWith("ed", StringComparison.Ordinal) || first is "more" or "most" or "instead";
        // "Lee raised it on Monday, telling …": a word of time in a clause with a verb is no opening phrase.
        var timed = false;
        var verb = false;
        for (var k = i; k < Math.Min(hi - 1, i + MaxOpeningAdverbialTokens); k++)
        {
            if (s[k].Is(","))
            {
                return (adverbial || (timed && !verb)) && k > i ? AfterPlaceName(s, k + 1, hi) : i;
            }

            // "In a radio interview later that week, …": a cue noun in a prepositional phrase, "that" before a word of
            // time, do not end it.
            var thatTime = s[k].Lower == "that" && k + 1 < hi && SpeechWords.TimeWords.Contains(s[k + 1].Lower);
            if ((k > i && s.IsBreak(k) && !thatTime) || (k > i && s.CueAt(k) is not null && !SpeechWords.Prepositions.Contains(first)))
            {
                return i;
            }

            timed |= SpeechWords.TimeWords.Contains(s[k].Lower) || SpeechWords.TimeSpans.Contains(s[k].Lower);
            verb |= k > i && !s[k].IsCapitalised && (SpeechWords.FiniteAuxiliaries.Contains(s[k].Lower) || s[k].Lower.EndsWith("ed", StringComparison.Ordinal));
        }

        return i;
    }

    /// <summary>"Speaking in Salem, New Hampshire, Lee …": the state after a place's comma belongs to the opening phrase.</summary>
    private static int AfterPlaceName(SpeechSentence s, int i, int hi)
    {
        var j = i;
        while (j < hi && j - i < 3 && s[j].IsWord && s[j].IsCapitalised && !s[j].InQuote)
        {
            j++;
        }

        var subjectFollows = j + 1 < hi && (s[j + 1].IsCapitalised || SpeechWords.Pronouns.Contains(s[j + 1].Lower)) && s[j + 1].IsWord;
        return j > i && j < hi && s[j].Is(",") && subjectFollows ? j + 1 : i;
    }
}
