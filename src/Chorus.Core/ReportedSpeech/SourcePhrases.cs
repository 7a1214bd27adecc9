namespace Chorus.Core.ReportedSpeech;

/// <summary>A source phrase found before a cue: tokens [Start, End), the token that stopped the search (or -1), and
/// whether a form of "be" stood between it and the cue (a passive: "was asked").</summary>
internal readonly record struct LeftPhrase(int Start, int End, int Stop, bool Passive)
{
    public bool IsEmpty => End <= Start;
}

/// <summary>Where a source mention lies around a cue: the subject before it, the inverted subject after it.</summary>
internal static class SourcePhrases
{
    /// <summary>
    /// The noun phrase before a cue, over auxiliaries and adverbs ("has also said"), across one appositive ending in a
    /// comma ("John Bryant, the Republican chairman, said"), and over parentheses ("Sen. Cornyn (R-Texas) said").
    /// </summary>
    public static LeftPhrase Before(SpeechSentence s, int cue, int lo, bool inverted)
    {
        var j = cue - 1;
        var passive = false;
        while (j >= lo && SkippedBeforeCue(s, j, cue, lo))
        {
            passive |= SpeechWords.Be.Contains(s[j].Lower);
            j--;
        }

        var end = j + 1;
        var appositive = false;
        if (j >= lo && s[j].Is(",") && !inverted)
        {
            appositive = true;
            j--;
            end = j + 1;
        }

        var i = j;
        var depth = 0;
        while (i >= lo)
        {
            var t = s[i];
            if (t.Is(")"))
            {
                depth++;
            }
            else if (t.Is("(") && depth > 0)
            {
                depth--;
            }
            else if (depth == 0)
            {
                if (appositive)
                {
                    if (t.Is(","))
                    {
                        appositive = false;
                    }
                    else if (t.Mark != QuoteMark.None || t.IsAnyOf(".!?;:"))
                    {
                        break;
                    }
                }
                else if (s[i].Lower == "and" && i > lo && i + 1 < s.Count && s[i - 1].IsCapitalised && s[i - 1].IsWord && s[i + 1].IsCapitalised && !s[i - 1].InQuote)
                {
                    // "Senate leader Phil Berger and House Speaker Tim Moore said": two named speakers share the cue.
                }
                else if (s.IsBreak(i) || s.CueAt(i) is not null)
                {
                    break;
                }
            }

            i--;
        }

        // "Lee, in a statement released on Friday, said": an aside opening with a preposition is no part of the name.
        for (var k = i + 1; k + 1 < end; k++)
        {
            if (s[k].Is(",") && SpeechWords.Prepositions.Contains(s[k + 1].Lower))
            {
                end = k;
                break;
            }
        }

        var (start, trimmedEnd) = Trim(s, i + 1, BeforeSpeakingAside(s, i + 1, end));
        return Infinitive(s, start, trimmedEnd, cue, lo) is { } subject
            ? new LeftPhrase(subject.Start, subject.End, i, passive)
            : new LeftPhrase(start, trimmedEnd, i, passive);
    }

    /// <summary>
    /// "Sanders used the question to say", "Lee, who wrote the bill, interjected to say": before an infinitive cue the
    /// words are a verb phrase, and the speaker is the subject of the clause that governs it; null when the phrase is
    /// no such verb phrase.
    /// </summary>
    private static (int Start, int End)? Infinitive(SpeechSentence s, int start, int end, int cue, int lo)
    {
        if (end != cue || end - start < 2 || s[end - 1].Lower != "to")
        {
            return null;
        }

        // "The decisive win led Priebus to declare": the object of such a verb is who speaks.
        for (var k = start; k < end - 1; k++)
        {
            if (SpeechWords.ObjectControlVerbs.Contains(s[k].Lower))
            {
                return k + 1 < end - 1 ? (k + 1, end - 1) : null;
            }
        }

        // "Democratic voters in Ohio were more likely to say": the subject ends at the first auxiliary.
        var opensNounPhrase = s[start].IsCapitalised || SpeechWords.Determiners.Contains(s[start].Lower) || SpeechWords.Pronouns.Contains(s[start].Lower);
        for (var k = start + 1; opensNounPhrase && k < end - 1; k++)
        {
            if (SpeechWords.FiniteAuxiliaries.Contains(s[k].Lower))
            {
                return (start, k);
            }
        }

        return ClauseSubjects.SubjectAt(s, start, end - 1) is { } subject && subject.End < end - 1 ? subject
            : start > lo && !s[start].IsCapitalised ? ClauseSubjects.SubjectAt(s, lo, start) : null;
    }

    /// <summary>"the report, which notes …", "a sign that read …": with no phrase before the cue, a relative pronoun right before it is the mention of the source.</summary>
    public static (int Start, int End)? RelativePronoun(SpeechSentence s, LeftPhrase left, int lo) =>
        left.IsEmpty && left.Stop >= lo && left.Stop + 1 == left.Start && s[left.Stop].Lower is "which" or "that" ? (left.Stop, left.Stop + 1) : null;

    /// <summary>"The only regret he": a pronoun just before the cue is the subject; the words before it are not.</summary>
    private static (int Start, int End) Trim(SpeechSentence s, int start, int end)
    {
        if (end - start > 1 && s[end - 1].Lower is "he" or "she" or "they" or "we" or "i" or "it" && !s[end - 2].Lower.Equals("and", StringComparison.Ordinal))
        {
            return (end - 1, end);
        }

        // "He went on to": a pronoun opening the phrase is the subject; the verb words after it are not.
        if (end - start > 1 && s[start].Lower is "he" or "she" or "they" or "we" or "i" && s[start + 1].Lower is not ("and" or "or"))
        {
            return (start, start + 1);
        }
        return (start, end);
    }

    /// <summary>
    /// The subject after an inverted cue, to the sentence end: "said Smith", "said Clinton, the former secretary of
    /// State"; it stops before a preposition ("said Smith in a statement"), before a new quote and before a comma
    /// that opens no appositive (or before any comma, without <paramref name="appositives"/>).
    /// </summary>
    public static (int Start, int End) After(SpeechSentence s, int cue, int hi, bool appositives = true)
    {
        var i = cue + 1;
        var end = i;
        var afterComma = false;
        while (i < hi)
        {
            var t = s[i];
            if (SpeechSentence.IsSentenceEnd(t) || t.Mark == QuoteMark.Open || t.IsAnyOf(";:"))
            {
                break;
            }

            if (t.Is(","))
            {
                if (!appositives || i + 1 >= hi || !OpensAppositive(s[i + 1]))
                {
                    break;
                }

                afterComma = true;
                i++;
                continue;
            }

            if (!afterComma && i > cue + 1 && SpeechWords.Prepositions.Contains(t.Lower))
            {
                break;
            }

            i++;
            end = i;
        }

        return (cue + 1, BeforeSpeakingAside(s, cue + 1, end));
    }

    /// <summary>"said the army would stay": a finite verb or a cue before any comma makes a clause, not an inverted subject.</summary>
    public static bool ClauseFollows(SpeechSentence s, int i, int hi)
    {
        for (; i < hi && !s[i].IsAnyOf(",;:.!?") && s[i].Mark == QuoteMark.None; i++)
        {
            if (SpeechWords.FiniteAuxiliaries.Contains(s[i].Lower) || s.CueAt(i) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The listener after "told": a pronoun, a capitalised run ("The Washington Post"), or "reporters", "the state-run news agency".</summary>
    public static int SkipListener(SpeechSentence s, int i, int hi)
    {
        if (i < hi && SpeechWords.ObjectPronouns.Contains(s[i].Lower))
        {
            return i + 1;
        }

        var j = i < hi && s[i].Lower is "the" or "a" or "an" ? i + 1 : i;
        var k = j;
        // "told the state-run news agency": a hyphened modifier belongs to the listener's name.
        while (k < hi && !s.IsBreak(k) && (s[k].IsCapitalised || SpeechWords.Listeners.Contains(s[k].Lower) || s[k].Lower.Contains('-')))
        {
            k++;
            if (k - j > 6)
            {
                break;
            }
        }

        return k > j ? k : i;
    }

    private static bool SkippedBeforeCue(SpeechSentence s, int j, int cue, int lo)
    {
        var t = s[j];
        return SpeechWords.Auxiliaries.Contains(t.Lower)
            || SpeechWords.TimeWords.Contains(t.Lower)
            || (t.Lower.EndsWith("ly", StringComparison.Ordinal) && t.Text.Length > 3 && IsLowerCase(t.Text))
            || (t.Lower == "to" && j - 1 >= lo && SpeechWords.ToVerbs.Contains(s[j - 1].Lower))
            || (SpeechWords.ToVerbs.Contains(t.Lower) && j + 1 < cue && s[j + 1].Lower == "to")
            || GoesOnTo(s, j, cue, lo);
    }

    /// <summary>"The email goes on to say": the three words between the subject and the cue.</summary>
    private static bool GoesOnTo(SpeechSentence s, int j, int cue, int lo)
    {
        static bool Go(string w) => w is "go" or "goes" or "went" or "going" or "gone";
        return s[j].Lower switch
        {
            "to" => j - 2 >= lo && s[j - 1].Lower == "on" && Go(s[j - 2].Lower),
            "on" => j + 1 < cue && s[j + 1].Lower == "to" && j - 1 >= lo && Go(s[j - 1].Lower),
            var w => Go(w) && j + 2 < cue && s[j + 1].Lower == "on" && s[j + 2].Lower == "to",
        };
    }

    /// <summary>"A party aide, who spoke on condition of anonymity, said", "said an official speaking anonymously":
    /// how the speaker spoke is no part of who they are; the end of the source before such an aside.</summary>
    private static int BeforeSpeakingAside(SpeechSentence s, int start, int end)
    {
        for (var k = start + 1; k + 1 < end; k++)
        {
            var next = s[k + 1].Lower == "who" && k + 2 < end ? s[k + 2].Lower : s[k + 1].Lower;
            if ((s[k].Is(",") || s[k].Lower == "who") && next is "spoke" or "speaking" or "spoken" or "talking" or "talked")
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>"said Smith, director of …", "said Smith, the chair": not ", adding …", ", and …", ", then …".</summary>
    private static bool OpensAppositive(SpeechToken t) =>
        SpeechWords.AppositiveStarts.Contains(t.Lower) || t.IsCapitalised || char.IsDigit(t.Text[0])
        || (t.IsWord && !t.Lower.EndsWith("ing", StringComparison.Ordinal) && !t.Lower.EndsWith("ed", StringComparison.Ordinal)
            && !SpeechWords.ClauseWords.Contains(t.Lower) && !SpeechWords.Prepositions.Contains(t.Lower)
            && !SpeechWords.Auxiliaries.Contains(t.Lower) && !ReportedSpeechOptions.AllCues.ContainsKey(t.Lower));

    private static bool IsLowerCase(string word)
    {
        var hasLetter = false;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return false;
            }

            hasLetter |= char.IsLetter(c);
        }

        return hasLetter;
    }
}
