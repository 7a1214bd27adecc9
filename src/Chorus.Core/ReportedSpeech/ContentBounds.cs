namespace Chorus.Core.ReportedSpeech;

/// <summary>What follows a cue: content (from a token), nothing (the content came before), a comma, or a bare word.</summary>
internal enum AfterCue
{
    Content,
    End,
    Comma,
    Word,
}

/// <summary>Where a content begins after its cue and where it ends.</summary>
internal static class ContentBounds
{
    /// <summary>"told a Politico reporter Monday evening that …": "that" is looked for this far after a telling cue.</summary>
    private const int ThatWithinTokens = 12;

    /// <summary>"“…,” one aide said late last month, “…”": a split quote resumes this close to its cue.</summary>
    private const int ResumeWithinTokens = 8;

    /// <summary>A quote of at most this many words without punctuation of its own is a phrase, not a statement.</summary>
    private const int ShortQuoteWords = 4;

    private const int MaxTitleWords = 10;

    /// <summary>
    /// Reads past the cue: a telling cue's listener ("told reporters"), time words and a prepositional phrase
    /// ("said Friday in a statement that"), to "that", an opening quote, a colon, or the first word of a bare clause.
    /// </summary>
    public static (AfterCue Kind, int At) AfterTheCue(SpeechSentence s, int cue, int hi, CueKind kind)
    {
        var i = cue + (kind == CueKind.According ? 2 : 1);
        if (i >= hi)
        {
            return (AfterCue.End, i);
        }

        // "declined to comment": what a refusal refuses is its to-clause, not an adverbial to read past.
        if (kind == CueKind.Intent && SpeechWords.Refusals.Contains(s[cue].Lower) && s[i].Lower == "to" && !s[i].InQuote)
        {
            return (AfterCue.Content, i);
        }

        if (SpeechWords.Telling.Contains(s[cue].Lower))
        {
            for (var k = i; k < Math.Min(hi, i + ThatWithinTokens); k++)
            {
                if (s[k].Lower == "that" && !s[k].Quoted)
                {
                    return (AfterCue.Content, k);
                }

                if (SpeechSentence.IsPunctuationBreak(s[k]) || SpeechSentence.IsSentenceEnd(s[k]))
                {
                    break;
                }
            }

            i = SourcePhrases.SkipListener(s, i, hi);
        }

        // "responded pointedly: “…”", "argued insistently that …": a manner adverb before the content is read past.
        if (i + 1 < hi && s[i].Lower.EndsWith("ly", StringComparison.Ordinal) && s[i].Lower.Length > 4 && !s[i].InQuote
            && (s[i + 1].IsAnyOf(",:") || s[i + 1].Mark == QuoteMark.Open || s[i + 1].Lower == "that"))
        {
            i++;
        }

        var m = i;
        while (m < hi && IsAdverbial(s[m].Lower))
        {
            if (SpeechWords.Prepositions.Contains(s[m].Lower))
            {
                m++;
                while (m < hi && !(SpeechSentence.IsPunctuationBreak(s[m]) || SpeechSentence.IsSentenceEnd(s[m]) || SpeechWords.ClauseWords.Contains(s[m].Lower) || s[m].Mark != QuoteMark.None))
                {
                    m++;
                    // "said on “Meet the Press” that …": a quoted title belongs to the adverbial.
                    if (m < hi && s[m].Mark == QuoteMark.Open && TitleEnd(s, m, hi) is { } title)
                    {
                        m = title + 1;
                    }
                }

                break;
            }

            m++;
        }

        if (m > i)
        {
            if (m < hi && s[m].Lower == "that")
            {
                return (AfterCue.Content, m);
            }

            if (m >= hi || SpeechSentence.IsSentenceEnd(s[m]))
            {
                return (AfterCue.End, m);
            }

            i = m;
        }

        if (i >= hi || SpeechSentence.IsSentenceEnd(s[i]))
        {
            return (AfterCue.End, i);
        }

        var t = s[i];
        if (t.Lower == "that" || t.Mark == QuoteMark.Open)
        {
            return (AfterCue.Content, i);
        }

        if (t.Is(":"))
        {
            return i + 1 < hi ? (AfterCue.Content, i + 1) : (AfterCue.End, i);
        }

        if (t.Is(","))
        {
            return i + 1 < hi && s[i + 1].Mark == QuoteMark.Open ? (AfterCue.Content, i + 1) : (AfterCue.Comma, i);
        }

        return t.IsAnyOf(";—–)") ? (AfterCue.End, i) : (AfterCue.Word, i);
    }

    /// <summary>
    /// The content runs to the sentence's end, cut before "; ", an unpaired dash (an aside between two dashes stays
    /// in), ", adding …", ", which …", "and said …" and ", but …", and without the final punctuation. "… and has …"
    /// stays in: on the train split its subject was the content's more often than the source's.
    /// </summary>
    public static int End(SpeechSentence s, int start, int hi)
    {
        if (QuoteAlone(s, start, hi) is { } quoteClose)
        {
            return quoteClose + 1;
        }

        for (var k = start + 1; k < hi; k++)
        {
            var t = s[k];
            // "that he had “a crazy policy,” adding …": the comma inside the closing quote is the clause's comma.
            // ", but …" stays: after a quote the corpus reads it as the same speaker's words more often than not.
            if (t.Mark == QuoteMark.Close && s[k - 1].Is(",") && k + 1 < hi && !SpeechWords.ClauseCuts.Contains(s[k + 1].Lower) && CommentFollows(s, k + 1))
            {
                return k + 1;
            }

            if (t.Mark == QuoteMark.Close && k > start + 1 && s[start].Mark != QuoteMark.Open && QuoteClauses.NewClauseAfter(s, k, hi))
            {
                return k + 1;
            }

            if (t.InQuote)
            {
                continue;
            }

            if (t.Is(";") || t.IsAnyOf("—–") || (t.Is("-") && t.Start > s[k - 1].End))
            {
                if (PairedDash(s, k, hi) is { } close)
                {
                    k = close;
                    continue;
                }

                return k;
            }

            if (k + 1 >= hi)
            {
                continue;
            }

            if (t.Is(",") && CommentFollows(s, k + 1))
            {
                return k;
            }

            if (t.Lower is "and" or "but")
            {
                if (s.CueAt(k + 1) is CueKind.Say or CueKind.Think)
                {
                    return s[k - 1].Is(",") ? k - 1 : k;
                }

            }
        }

        var end = hi;
        while (end > start && s[end - 1].IsAnyOf(".!?,"))
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// After a comma: ", but …", ", adding …" (a new attribution), ", which …" and ", alleging …" (the writer's
    /// comment on the content) end it.
    /// </summary>
    private static bool CommentFollows(SpeechSentence s, int next)
    {
        var word = s[next];
        return SpeechWords.ClauseCuts.Contains(word.Lower) || word.Lower is "which"
            || (s.CueAt(next) is not null && (SpeechWords.Participles.Contains(word.Lower) || word.Lower.EndsWith("ing", StringComparison.Ordinal)));
    }

    /// <summary>
    /// "She wrote, “It is time,” and shared a link": a content that opens with a quote ends where the quote does,
    /// when the quote ends its own clause (punctuation inside the marks, or a comma, clause word or preposition
    /// after them); "said “the plan” would fail" goes on. The index of the closing mark, or null.
    /// </summary>
    private static int? QuoteAlone(SpeechSentence s, int start, int hi)
    {
        if (s[start].Mark != QuoteMark.Open)
        {
            return null;
        }

        var close = start + 1;
        while (close < hi && s[close].Mark != QuoteMark.Close)
        {
            close++;
        }

        if (close + 1 >= hi || close - 1 <= start)
        {
            return null;
        }

        // "admitted “one or two mistakes” where …": a short quote without its own punctuation is a phrase of the content.
        var next = s[close + 1];
        var words = 0;
        for (var k = start + 1; k < close; k++)
        {
            words += s[k].IsWord ? 1 : 0;
        }

        return s[close - 1].IsAnyOf(",.!?") || next.IsAnyOf(",;")
            || (words > ShortQuoteWords && (SpeechWords.ClauseWords.Contains(next.Lower) || SpeechWords.Prepositions.Contains(next.Lower)))
            ? close
            : null;
    }

    /// <summary>
    /// The closing mark of a quoted title opening at <paramref name="open"/> (“Meet the Press”, "The Apprentice"):
    /// every word capitalised but for short function words, no punctuation of a sentence; null for anything else.
    /// </summary>
    public static int? TitleEnd(SpeechSentence s, int open, int hi)
    {
        var words = 0;
        for (var k = open + 1; k < hi; k++)
        {
            var t = s[k];
            if (t.Mark == QuoteMark.Close)
            {
                return words > 0 && s[k - 1].IsWord ? k : null;
            }

            if (t.Mark != QuoteMark.None || (!t.IsWord && !t.IsAnyOf("'’&-:")) || ++words > MaxTitleWords
                || (t.IsWord && !t.IsCapitalised && !char.IsDigit(t.Text[0]) && !SpeechWords.TitleSmallWords.Contains(t.Lower)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The first comma outside quotes after a content's start, or its end: the content of a cue inside an
    /// embedded clause ("Lee, who praised the plan, left"; "Though he denied it, the vote …") ends with the clause.
    /// </summary>
    public static int ClauseEnd(SpeechSentence s, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            if (s[k].Is(",") && !s[k].InQuote)
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>
    /// "“…,” he said of the rival, “…”": the quote resumes after a comma within a few words of the cue, before any
    /// other quote, cue or sentence end. The index of its opening mark, or null.
    /// </summary>
    public static int? QuoteResumes(SpeechSentence s, int from, int hi)
    {
        for (var k = from; k < Math.Min(hi, from + ResumeWithinTokens); k++)
        {
            if (s[k].Mark == QuoteMark.Open)
            {
                return k > from && s[k - 1].Is(",") ? k : null;
            }

            if (s[k].Mark != QuoteMark.None || SpeechSentence.IsSentenceEnd(s[k]) || s.CueAt(k) is not null)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The object of "blasted", "praised", "cited" is a noun phrase: it ends before a clause of time or reason
    /// ("during the rally", "even as …", "because …") and "and" with a second verb ("blasted the deal and defended
    /// the envoy"). Cutting also at commas or at "in", "at", "on", "through" lost matches on the train split.
    /// </summary>
    public static int ObjectEnd(SpeechSentence s, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            var t = s[k];
            if (t.Mark == QuoteMark.Close && QuoteClauses.NewClauseAfter(s, k, end))
            {
                return k + 1;
            }

            if (t.InQuote)
            {
                continue;
            }

            if (SpeechWords.ObjectCuts.Contains(t.Lower)
                || (t.Lower is "and" or "but" && k + 1 < end && LooksFinite(s[k + 1].Lower)))
            {
                return k;
            }
        }

        return end;
    }

    private static bool LooksFinite(string lower) =>
        SpeechWords.FiniteAuxiliaries.Contains(lower) || (lower.EndsWith("ed", StringComparison.Ordinal) && lower.Length > 4) || lower is "said" or "says" or "told";

    /// <summary>A quote opens just after this point (", “", ". “", ", and “"): the quoted statement goes on.</summary>
    public static bool QuoteFollows(SpeechSentence s, int i, int hi)
    {
        var k = i;
        while (k < hi && (s[k].IsAnyOf(",.:") || s[k].Lower is "and" or "but"))
        {
            k++;
        }

        return k < hi && s[k].Mark == QuoteMark.Open;
    }

    /// <summary>"X – an aside – Y": the closing dash of an aside that opens at <paramref name="open"/>, or null.</summary>
    private static int? PairedDash(SpeechSentence s, int open, int hi)
    {
        for (var k = open + 1; k < hi; k++)
        {
            if (s[k].InQuote)
            {
                continue;
            }

            if (s[k].Text == s[open].Text && (!s[k].Is("-") || s[k].Start > s[k - 1].End))
            {
                return k;
            }

            if (s[k].Is(";"))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsAdverbial(string lower) =>
        SpeechWords.TimeWords.Contains(lower) || SpeechWords.Prepositions.Contains(lower)
        || (SpeechWords.Auxiliaries.Contains(lower) && !Lexicon.Auxiliaries.FiniteBe.Contains(lower));
}
