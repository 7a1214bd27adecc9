namespace Chorus.Core.ReportedSpeech;

/// <summary>An attribution found in one sentence, as token ranges: content [ContentStart, ContentEnd), source, cue.</summary>
internal sealed record SentenceAttribution(int ContentStart, int ContentEnd, (int Start, int End)? Source, int CueStart, int CueEnd, CueKind Kind);

/// <summary>
/// The frames of an attribution around each cue of a sentence, tried in this order:
/// <list type="bullet">
/// <item>"according to X, …" / "…, according to X";</item>
/// <item>"…, adding that …": a participle after a comma, said by the main clause's source;</item>
/// <item>content first: "“…,” said Smith" (inverted), "“…,” Smith said", "…, officials said", "…, as Cruz said",
/// with a quote that goes on after the attribution joined to the content ("“…,” he said. “…”");</item>
/// <item>source first: "Smith said (that) …", "Smith told reporters …", "Smith called it …", "Smith wants to …".</item>
/// </list>
/// </summary>
internal static class AttributionFrames
{
    /// <summary>"in the latest Fox News poll": the poll word comes this soon after "in".</summary>
    private const int PollPhraseWords = 6;

    public static List<SentenceAttribution> Find(SpeechSentence s, ReportedSpeechOptions options)
    {
        var found = new List<SentenceAttribution>();
        int lo = 0, hi = s.Count;
        var v = lo;
        while (v < hi)
        {
            if (StanceFrames.At(s, v) is { } stance)
            {
                found.Add(stance);
                v = stance.ContentEnd;
                continue;
            }

            if (s.CueAt(v) is not { } kind)
            {
                v++;
                continue;
            }

            if (kind == CueKind.According)
            {
                According(s, v, found);
                v += 2;
                continue;
            }

            if (s[v].Lower == "asked" && QuoteFrames.AskedQuestion(s, v) is { } question)
            {
                found.Add(question);
                v = question.ContentEnd;
                continue;
            }

            // "Asked whether …, she said": a participle opening the sentence is passive, not a cue.
            if (v == lo && (s[v].Lower.EndsWith("ed", StringComparison.Ordinal) || s[v].Lower is "told" or "asked"))
            {
                v++;
                continue;
            }

            // "is telling", "was insisting": a progressive is a finite cue like "tells".
            var progressive = v > lo && SpeechWords.Be.Contains(s[v - 1].Lower);
            if (!progressive && (SpeechWords.Participles.Contains(s[v].Lower) || s[v].Lower.EndsWith("ing", StringComparison.Ordinal)))
            {
                v = Participle(s, v, kind, found);
                continue;
            }

            var (after, at) = ContentBounds.AfterTheCue(s, v, hi, kind);
            // "“…,” Lee, 57, told a voter": the words after "told" are its listener, never an inverted subject.
            var inverted = v - 1 >= lo && s[v - 1].Is(",") && after == AfterCue.Word && !SpeechWords.Listening.Contains(s[v].Lower)
                && (s[at].IsCapitalised || s[at].Lower is "a" or "an" or "the" or "one" or "another") && !SourcePhrases.ClauseFollows(s, at, hi);
            var left = SourcePhrases.Before(s, v, lo, inverted);
            if (left.Passive && kind is CueKind.Object or CueKind.Say && !s[v].Lower.EndsWith("ing", StringComparison.Ordinal) && !s[v].Lower.EndsWith('s'))
            {
                v++;
                continue;
            }

            var sourceFits = WordCount(s, left.Start, left.End) <= options.MaxSourceWords;
            if (kind is CueKind.Say or CueKind.Think && ContentFirst(s, v, kind, left, after, at, sourceFits, found) is { } next)
            {
                v = next;
                continue;
            }

            // "Lee said in May, when the story broke, “…”": the quote after a comma-bound aside is what was said.
            if (after == AfterCue.Comma && kind is CueKind.Say or CueKind.Think && !left.IsEmpty && QuoteFrames.QuoteAfterAside(s, at, hi) is { } quote)
            {
                (after, at) = (AfterCue.Content, quote);
            }

            if (after is AfterCue.Content or AfterCue.Word)
            {
                var start = SkipPunctuation(s, at, hi);
                var end = ContentBounds.End(s, start, hi);
                if (InEmbeddedClause(s, left, v))
                {
                    end = ContentBounds.ClauseEnd(s, start, end);
                }

                if (kind == CueKind.Object)
                {
                    end = ContentBounds.ObjectEnd(s, start, end);
                }

                if (end > start)
                {
                    (int, int)? source = !left.IsEmpty && sourceFits ? (left.Start, left.End) : null;
                    // "ProPublica obtained the video and said …": a second predicate shares the clause's subject.
                    if (source is null && left.Stop >= lo && s[left.Stop].Lower is "and" or "but")
                    {
                        source = found.Count > 0 ? found[^1].Source : ClauseSubjects.SubjectAt(s, lo, left.Stop);
                    }

                    source ??= SourcePhrases.RelativePronoun(s, left, lo);

                    found.Add(new SentenceAttribution(start, end, source, v, v + 1, kind));
                }
            }

            v++;
        }

        InAPoll(s, found);
        QuoteFrames.ColonQuotes(s, found);
        if (found.Count == 0)
        {
            QuoteFrames.TrailingSpeaker(s, found);
            QuoteFrames.NamedHeadline(s, found);
        }

        return found;
    }

    /// <summary>
    /// "In a Fox poll, Lee leads by 9 points" / "Lee leads by 9 points in the latest survey": a poll the sentence is
    /// "in" is the source of the rest of it, as "according to" is.
    /// </summary>
    private static void InAPoll(SpeechSentence s, List<SentenceAttribution> found)
    {
        for (var k = 0; k < s.Count - 1; k++)
        {
            if (s[k].Lower != "in" || s[k].InQuote)
            {
                continue;
            }

            var j = k + 1;
            while (j < s.Count && j - k <= PollPhraseWords && s[j].IsWord && !SpeechWords.Polls.Contains(s[j].Lower) && !SpeechWords.ClauseWords.Contains(s[j].Lower))
            {
                j++;
            }

            if (j >= s.Count || !SpeechWords.Polls.Contains(s[j].Lower))
            {
                continue;
            }

            var before = k;
            while (before > 0 && s[before - 1].IsAnyOf(",—–("))
            {
                before--;
            }

            var start = k == 0 ? SkipPunctuation(s, j + 1, s.Count) : 0;
            var end = k == 0 ? ContentBounds.End(s, start, s.Count) : before;
            if (end > start && (k == 0 || j + 1 >= s.Count || s[j + 1].IsAnyOf(",.;")))
            {
                found.Add(new SentenceAttribution(start, end, (k + 1, j + 1), k, k + 1, CueKind.According));
            }

            return;
        }
    }

    /// <summary>The content-first frames; the token to go on from, or null when none applies.</summary>
    private static int? ContentFirst(SpeechSentence s, int v, CueKind kind, LeftPhrase left, AfterCue after, int at, bool sourceFits, List<SentenceAttribution> found)
    {
        int lo = 0, hi = s.Count;
        var stop = left.Stop;
        if (stop < lo)
        {
            return null;
        }

        var stopToken = s[stop];
        var afterQuote = stopToken.Mark == QuoteMark.Close || (stopToken.Is(",") && stop - 1 >= lo && s[stop - 1].Mark == QuoteMark.Close);
        var afterComma = stopToken.IsAnyOf(",—–") && stop > lo;
        var asClause = stopToken.Lower == "as" && stop - 1 > lo && s[stop - 1].Is(",");
        if (!(afterQuote || afterComma || asClause))
        {
            return null;
        }

        var contentEnd = stopToken.Mark == QuoteMark.Close ? stop + 1 : asClause ? stop - 1 : stop;
        var contentStart = afterQuote ? QuoteIntroducedAt(s, stopToken.Mark == QuoteMark.Close ? stop : stop - 1, lo) : lo;
        if (left.IsEmpty && after is AfterCue.Word or AfterCue.End or AfterCue.Comma)
        {
            var (sourceStart, sourceEnd) = SourcePhrases.After(s, v, hi);
            if (sourceEnd <= sourceStart)
            {
                return null;
            }

            // "“…,” said Lee, who thinks the board “…”": a quote inside the source's relative clause is not Lee's.
            if (ContentBounds.QuoteFollows(s, sourceEnd, hi) && !RelativeIn(s, sourceStart, sourceEnd))
            {
                contentEnd = ContentBounds.End(s, sourceEnd, hi);
            }

            found.Add(new SentenceAttribution(contentStart, contentEnd, (sourceStart, sourceEnd), v, v + 1, kind));
            return sourceEnd;
        }

        if (left.IsEmpty || !sourceFits || !(afterQuote || asClause || after is AfterCue.End or AfterCue.Comma))
        {
            return null;
        }

        if ((afterQuote && ContentBounds.QuoteFollows(s, at, hi)) || (after == AfterCue.Content && s[at].Mark == QuoteMark.Open && afterQuote))
        {
            contentEnd = ContentBounds.End(s, at, hi);
        }
        else if (afterQuote && ContentBounds.QuoteResumes(s, v + 1, hi) is { } resumes)
        {
            contentEnd = ContentBounds.End(s, resumes, hi);
        }
        else if (after == AfterCue.Comma && at + 1 < hi && !SpeechWords.Participles.Contains(s[at + 1].Lower) && !s[at + 1].IsCapitalised && s[lo].Mark == QuoteMark.None)
        {
            // "The plan, he said, will fail": the content goes on after a parenthetical attribution.
            contentEnd = ContentBounds.End(s, at + 1, hi);
        }

        found.Add(new SentenceAttribution(contentStart, contentEnd, (left.Start, left.End), v, v + 1, kind));
        return Math.Max(at, v + 1);
    }

    /// <summary>
    /// "He lamented the chores: “…,” he said": a quote that a colon or a dash introduces is the content by itself;
    /// otherwise the content runs from the sentence's start ("But the plan ''is dead,'' he said").
    /// </summary>
    private static int QuoteIntroducedAt(SpeechSentence s, int close, int lo)
    {
        var open = close - 1;
        while (open > lo && s[open].Mark != QuoteMark.Open)
        {
            open--;
        }

        return open > lo && s[open].Mark == QuoteMark.Open && s[open - 1].IsAnyOf(":—–-") ? open : lo;
    }

    private static void According(SpeechSentence s, int v, List<SentenceAttribution> found)
    {
        int lo = 0, hi = s.Count;
        // "According to X, …" at the start: X ends at the comma; "…, according to X, a spokesman" keeps the appositive.
        var (sourceStart, sourceEnd) = SourcePhrases.After(s, v + 1, hi, appositives: v > lo);
        var before = v - 1;
        while (before >= lo && s[before].IsAnyOf(",—–("))
        {
            before--;
        }

        if (before >= lo + 1)
        {
            // "The militants have, according to X, taken …": a parenthetical source leaves the sentence whole.
            var contentEnd = before + 1;
            if (sourceEnd + 1 < hi && s[sourceEnd].IsAnyOf(",—–") && (s[v - 1].IsAnyOf(",—–") || s[v - 1].Lower is "and" or "but") && s[sourceEnd + 1].IsWord)
            {
                contentEnd = ContentBounds.End(s, sourceEnd + 1, hi);
            }

            found.Add(new SentenceAttribution(lo, contentEnd, (sourceStart, sourceEnd), v, v + 2, CueKind.According));
            return;
        }

        var start = SkipPunctuation(s, sourceEnd, hi);
        var end = ContentBounds.End(s, start, hi);
        if (end > start)
        {
            found.Add(new SentenceAttribution(start, end, (sourceStart, sourceEnd), v, v + 2, CueKind.According));
        }
    }

    private static int Participle(SpeechSentence s, int v, CueKind kind, List<SentenceAttribution> found)
    {
        int lo = 0, hi = s.Count;
        // "with Senator Lee calling it …", "– Lee saying …": a name just before the participle is its subject.
        var named = v > lo + 1 && s[v - 1].IsCapitalised && s[v - 1].IsWord && !s[v - 1].InQuote;
        // "issued a statement saying …", "voters calling for …": a speech participle may follow its message or speakers.
        var afterNoun = v > lo && SpeechWords.Participles.Contains(s[v].Lower) && !s[v - 1].InQuote && (SpeechWords.Messages.Contains(s[v - 1].Lower) || SpeechWords.Listeners.Contains(s[v - 1].Lower));
        if (v == lo || (!named && !afterNoun && !s[v - 1].Is(",") && s[v - 1].Lower is not ("and" or "by" or "while" or "after" or "before" or "in")))
        {
            return v + 1;
        }

        var (after, at) = ContentBounds.AfterTheCue(s, v, hi, kind);
        if (after is not (AfterCue.Content or AfterCue.Word))
        {
            return v + 1;
        }

        // "posting numerous videos of …": a saying verb outside the speech participles, with a bare phrase after it,
        // acts on an object (an attribution of the corpus, but no claim); dropping these lost matches on train.
        if (after == AfterCue.Word && kind == CueKind.Say && !SpeechWords.Participles.Contains(s[v].Lower))
        {
            kind = CueKind.Object;
        }

        var start = SkipPunctuation(s, at, hi);
        var end = ContentBounds.End(s, start, hi);
        if (end <= start)
        {
            return v + 1;
        }

        if (found.Count == 0 && s[v - 1].Is(","))
        {
            // "Lee, recalling the storm, described …": the participle phrase is an aside of the subject.
            end = ContentBounds.ClauseEnd(s, start, end);
        }

        var left = named ? SourcePhrases.Before(s, v, lo, inverted: false) : default;
        var source = named && !left.IsEmpty ? (left.Start, left.End) : found.Count > 0 && found[^1].Source is { } previous ? previous : ClauseSubjects.SubjectAt(s, lo, hi);
        found.Add(new SentenceAttribution(start, end, source, v, v + 1, kind));
        return start;
    }

    /// <summary>
    /// A cue inside a relative clause between commas (", who praised …,") or inside an opening subordinate clause
    /// ("Though he denied …, the vote …"): its content ends at the clause's comma.
    /// </summary>
    private static bool InEmbeddedClause(SpeechSentence s, LeftPhrase left, int v)
    {
        if (!left.IsEmpty && s[left.Start].Lower is "who" && left.Start > 0 && s[left.Start - 1].Is(","))
        {
            return true;
        }

        var i = 0;
        while (i < v && (SpeechWords.SentenceOpeners.Contains(s[i].Lower) || s[i].Lower is "even" or "ever" or "just"))
        {
            i++;
        }

        if (i >= v || !SpeechWords.Subordinators.Contains(s[i].Lower))
        {
            return false;
        }

        for (var k = i + 1; k < v; k++)
        {
            if (s[k].Is(",") && !s[k].InQuote)
            {
                return false;
            }
        }

        return true;
    }

    private static bool RelativeIn(SpeechSentence s, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (s[k].Lower is "who" or "which" or "whose" || s.CueAt(k) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipPunctuation(SpeechSentence s, int i, int hi)
    {
        while (i < hi && s[i].IsAnyOf(",:"))
        {
            i++;
        }

        return i;
    }

    private static int WordCount(SpeechSentence s, int start, int end)
    {
        var words = 0;
        for (var i = start; i < end; i++)
        {
            words += char.IsLetterOrDigit(s[i].Text[0]) ? 1 : 0;
        }

        return words;
    }
}
