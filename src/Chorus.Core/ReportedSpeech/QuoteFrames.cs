namespace Chorus.Core.ReportedSpeech;

/// <summary>
/// The frames that hang on quote marks and colons rather than on a cue of the lexicon: "Smith resisted: “…”",
/// "Smith went on:" before a quote paragraph, "“…,” Smith shot back", the headline "Smith: The plan failed", a quote
/// after an aside ("Smith said, with a smile, “…”"), and long quotes no cue introduces.
/// </summary>
internal static class QuoteFrames
{
    private const int MaxTrailingSubjectWords = 6;

    /// <summary>"said in the spring, when the story first broke, “…”": an aside before the quote has at most this many tokens.</summary>
    private const int MaxAsideTokens = 14;

    /// <summary>"asked at a briefing on Monday in the capital whether …": the question word comes this soon.</summary>
    private const int QuestionWithinTokens = 12;

    /// <summary>"Lee: The plan failed" names at most this many words before its colon.</summary>
    private const int MaxHeadlineNameWords = 4;

    /// <summary>Capitalised words before a colon that label a paragraph rather than name a speaker.</summary>
    private static readonly HashSet<string> Labels = new(StringComparer.Ordinal) { "note", "update", "updated", "photo", "watch", "read", "related", "editor", "video", "credit", "caption", "breaking", "q", "source", "sources", "the", "a", "an", "in", "on", "at", "when", "as", "if" };

    /// <summary>
    /// "Asked whether …, Lee said", "when asked by a reporter about …", "Lee was asked by the host why …": the
    /// question is the content of "asked", its asker (after "by") the source; it ends at the clause's comma when
    /// "asked" opens the sentence or follows "when". Null for "asked" in other uses.
    /// </summary>
    public static SentenceAttribution? AskedQuestion(SpeechSentence s, int v)
    {
        var before = v > 0 ? s[v - 1].Lower : "";
        if (v > 0 && before is not ("when" or "after") && !SpeechWords.Be.Contains(before))
        {
            return null;
        }

        (int, int)? source = null;
        var i = v + 1;
        var limit = Math.Min(s.Count, v + 1 + QuestionWithinTokens);
        for (; i < limit; i++)
        {
            var t = s[i];
            if (t.Lower is "whether" or "if" or "why" or "what" or "how" or "who" or "where" or "about" || t.InQuote)
            {
                break;
            }

            if (t.Lower == "by" && source is null)
            {
                var end = i + 1;
                while (end < s.Count && !s.IsBreak(end) && !SpeechWords.Prepositions.Contains(s[end].Lower))
                {
                    end++;
                }

                source = end > i + 1 ? (i + 1, end) : null;
                i = end - 1;
                continue;
            }

            if (SpeechSentence.IsPunctuationBreak(t) || SpeechSentence.IsSentenceEnd(t))
            {
                return null;
            }
        }

        if (i >= limit || s[i].InQuote)
        {
            return null;
        }

        var contentEnd = ContentBounds.End(s, i, s.Count);
        if (v == 0 || before is "when" or "after")
        {
            contentEnd = ContentBounds.ClauseEnd(s, i, contentEnd);
        }

        return contentEnd > i ? new SentenceAttribution(i, contentEnd, source, v, v + 1, CueKind.Say) : null;
    }

    /// <summary>
    /// "Senator Lee: Plan Would Fail" (a headline or a transcript line): a short capitalised name opening the
    /// sentence before a colon is the source of what follows it.
    /// </summary>
    public static void NamedHeadline(SpeechSentence s, List<SentenceAttribution> found)
    {
        var colon = 0;
        while (colon < s.Count && colon <= MaxHeadlineNameWords && s[colon].IsWord && s[colon].IsCapitalised && !char.IsDigit(s[colon].Text[0]))
        {
            colon++;
        }

        if (colon == 0 || colon + 1 >= s.Count || !s[colon].Is(":") || s[colon].InQuote || !s[colon + 1].IsWord || (colon == 1 && Labels.Contains(s[0].Lower)))
        {
            return;
        }

        var end = ContentBounds.End(s, colon + 1, s.Count);
        if (end > colon + 1)
        {
            found.Add(new SentenceAttribution(colon + 1, end, (0, colon), colon, colon + 1, CueKind.Colon));
        }
    }

    /// <summary>
    /// "Smith went on:" / "Said Smith:" at the end of a paragraph: the speaker and cue of the quote that follows,
    /// as an attribution whose content is still empty (the colon), or null when no speaker is found.
    /// </summary>
    public static SentenceAttribution? ColonOpening(SpeechSentence s)
    {
        var colon = s.Count - 1;
        for (var v = colon - 1; v >= 0; v--)
        {
            if (s.CueAt(v) is not { } kind || kind == CueKind.According)
            {
                continue;
            }

            var left = SourcePhrases.Before(s, v, 0, inverted: false);
            var source = !left.IsEmpty ? (left.Start, left.End)
                : v > 0 && s[v - 1].Is(",") ? ClauseSubjects.SubjectAt(s, 0, v) ?? default
                : SourcePhrases.After(s, v, colon);
            return source.End > source.Start ? new SentenceAttribution(colon, colon, source, v, v + 1, kind) : null;
        }

        return ClauseSubjects.SubjectAt(s, 0, colon) is { } subject ? new SentenceAttribution(colon, colon, subject, colon, colon + 1, CueKind.Colon) : null;
    }

    /// <summary>
    /// "“…,” Smith shot back." with a verb outside the cue lexicon: a quote ending in a comma, then a short subject
    /// (a pronoun, or words opening with a capital or a determiner) and a verb form, is the subject's words.
    /// </summary>
    public static void TrailingSpeaker(SpeechSentence s, List<SentenceAttribution> found)
    {
        if (s[0].Mark != QuoteMark.Open)
        {
            return;
        }

        var close = 1;
        while (close < s.Count && s[close].Mark != QuoteMark.Close)
        {
            close++;
        }

        var first = close + 1;
        if (first + 1 >= s.Count || !s[close - 1].Is(",") || !(s[first].IsCapitalised || SpeechWords.Determiners.Contains(s[first].Lower) || SpeechWords.Pronouns.Contains(s[first].Lower)))
        {
            return;
        }

        var cue = SpeechWords.Pronouns.Contains(s[first].Lower) ? first + 1 : first + 1 + (SpeechWords.Determiners.Contains(s[first].Lower) ? 1 : 0);
        while (cue < s.Count && cue - first <= MaxTrailingSubjectWords && s[cue].IsWord && (s[cue].IsCapitalised || s[cue].Lower is "of" or "and"))
        {
            cue++;
        }

        while (cue < s.Count && SpeechWords.Auxiliaries.Contains(s[cue].Lower))
        {
            cue++;
        }

        if (cue < s.Count && cue - first <= MaxTrailingSubjectWords && s[cue].IsWord && !s[cue].IsCapitalised && LooksLikeVerb(s, cue))
        {
            found.Add(new SentenceAttribution(0, close + 1, (first, SubjectEnd(s, first, cue)), cue, cue + 1, CueKind.Say));
        }
    }

    private static int SubjectEnd(SpeechSentence s, int first, int cue)
    {
        var end = cue;
        while (end > first + 1 && SpeechWords.Auxiliaries.Contains(s[end - 1].Lower))
        {
            end--;
        }

        return end;
    }

    private static bool LooksLikeVerb(SpeechSentence s, int i)
    {
        var w = s[i].Lower;
        return ReportedSpeechOptions.AllCues.ContainsKey(w) || w.EndsWith("ed", StringComparison.Ordinal)
            || (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)) || w is "went" or "shot" or "put" or "spoke" or "began" or "broke";
    }

    /// <summary>
    /// The quotes of a sentence with at least <paramref name="minWords"/> words that none of its relations covers, each as
    /// a <see cref="CueKind.Quote"/> relation: the source is the subject opening the sentence before the quote ("Lee shot
    /// back, “…”"), or for a quote that opens the sentence a capitalised name right after it ("“…,” Senator Lee, …").
    /// </summary>
    public static void Unattributed(SpeechSentence s, List<SentenceAttribution> found, int minWords, List<SentenceAttribution> quotes)
    {
        for (var open = 0; open < s.Count; open++)
        {
            if (s[open].Mark != QuoteMark.Open)
            {
                continue;
            }

            var close = open + 1;
            var words = 0;
            while (close < s.Count && s[close].Mark == QuoteMark.None)
            {
                words += s[close].IsWord ? 1 : 0;
                close++;
            }

            if (close >= s.Count || s[close].Mark != QuoteMark.Close)
            {
                return;
            }

            var (from, to) = (open, close);
            if (words >= minWords && !found.Any(f => f.ContentStart <= to && from < f.ContentEnd))
            {
                // "“…,” he tweeted. “…”" split apart, "said Lee, speaking of rivals, “…”": the sentence's speaker goes on.
                var before = found.LastOrDefault(f => f.CueStart < open && f.Source is not null);
                var source = before?.Source ?? (open > 0 ? ClauseSubjects.SubjectAt(s, 0, open) : NameAfter(s, close + 1));
                quotes.Add(new SentenceAttribution(open, close + 1, source, open, open + 1, CueKind.Quote));
            }

            open = close;
        }
    }

    /// <summary>"“…,” Senator Dana Lee, 57, said": the capitalised run after a quote's closing mark and its comma.</summary>
    private static (int Start, int End)? NameAfter(SpeechSentence s, int i)
    {
        while (i < s.Count && s[i].IsAnyOf(",—–-"))
        {
            i++;
        }

        var j = i;
        while (j < s.Count && j - i < MaxTrailingSubjectWords && s[j].IsWord && s[j].IsCapitalised && s[j].Mark == QuoteMark.None)
        {
            j++;
        }

        return j > i && !(j == i + 1 && SpeechWords.NotNames.Contains(s[i].Lower)) ? (i, j) : null;
    }

    /// <summary>
    /// "said in May, when the story broke, “…”", "joked, again in a drawl, “…”": after the comma at <paramref name="comma"/>,
    /// an aside of a few words ends in a comma or colon before a quote or "that". The index of that quote or "that", or null.
    /// </summary>
    public static int? QuoteAfterAside(SpeechSentence s, int comma, int hi)
    {
        for (var k = comma + 2; k < Math.Min(hi, comma + 2 + MaxAsideTokens); k++)
        {
            var t = s[k];
            if ((t.Mark == QuoteMark.Open || (t.Lower == "that" && !t.InQuote)) && s[k - 1].IsAnyOf(",:"))
            {
                return k;
            }

            if (t.Mark != QuoteMark.None || SpeechSentence.IsSentenceEnd(t) || t.IsAnyOf(";") || s.CueAt(k) is not null)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "POLLS WERE EARLY - Dana Lee and Sam Park: “…”", "- More from Lee: “…”": a digest line names its source between
    /// a dash and the colon; null when no short capitalised name stands there.
    /// </summary>
    private static (int Start, int End)? NameAfterDash(SpeechSentence s, int colon)
    {
        var dash = colon - 1;
        while (dash >= 0 && colon - dash <= MaxTrailingSubjectWords + 2 && !s[dash].IsAnyOf("-–—"))
        {
            dash--;
        }

        if (dash < 0 || !s[dash].IsAnyOf("-–—"))
        {
            return null;
        }

        var start = dash + 1;
        while (start + 1 < colon && s[start].Lower is "more" or "from")
        {
            start++;
        }

        for (var k = start; k < colon; k++)
        {
            if (s[k].InQuote || !(s[k].Is(".") || (s[k].IsWord && (s[k].IsCapitalised || s[k].Lower == "and"))))
            {
                return null;
            }
        }

        return start < colon && s[start].IsCapitalised ? (start, colon) : null;
    }

    /// <summary>"Kasich resisted: “…”": a colon before a quote introduces the words of the clause's subject.</summary>
    public static void ColonQuotes(SpeechSentence s, List<SentenceAttribution> found)
    {
        for (var k = 0; k < s.Count - 1; k++)
        {
            if (!s[k].Is(":") || s[k].InQuote || s[k + 1].Mark != QuoteMark.Open)
            {
                continue;
            }

            var quoteStart = s[k + 1].Start;
            if (found.Any(f => s[f.ContentStart].Start <= quoteStart && quoteStart < s[f.ContentEnd - 1].End))
            {
                continue;
            }

            var end = ContentBounds.End(s, k + 1, s.Count);
            if (end > k + 1)
            {
                found.Add(new SentenceAttribution(k + 1, end, NameAfterDash(s, k) ?? ClauseSubjects.SubjectAt(s, 0, k), k, k + 1, CueKind.Colon));
            }
        }
    }
}
