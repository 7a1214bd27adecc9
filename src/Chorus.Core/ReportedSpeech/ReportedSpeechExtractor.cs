using Chorus.Core.Documents;

namespace Chorus.Core.ReportedSpeech;

/// <summary>
/// Who says what in an article: every attribution relation (direct quotes and reported speech), with its content,
/// source mention, cue and speaker. A pure function of the text; paragraphs are its lines. A sentence that is only
/// a quote continues the relation of the sentence before it in the same or the previous paragraph (a quote split
/// by "he said." or running over paragraphs), as long as no unattributed sentence stands between them.
/// </summary>
public static class ReportedSpeechExtractor
{
    /// <summary>A sign-off line after a quote ("- Senator Dana Lee.") names at most this many words.</summary>
    private const int MaxSignOffNameWords = 6;

    public static List<AttributionRelation> Extract(string text, ReportedSpeechOptions? options = null) =>
        Extract(text, [new TextSpan(0, text.Length)], options);

    public static List<AttributionRelation> Extract(string text, IEnumerable<TextSpan> paragraphs, ReportedSpeechOptions? options = null)
    {
        options ??= ReportedSpeechOptions.Default;
        var relations = new List<Draft>();
        var unattributed = new List<Draft>();
        var allQuotes = new List<QuotedStretch>();
        Draft? lastOfParagraph = null;
        Draft? colonOpening = null;
        (int Start, int End)? unattributedQuote = null;
        TextSpan? previousLineSource = null;
        foreach (var (start, end) in Lines(text, paragraphs))
        {
            var quotes = SpeechQuotes.Scan(text, start, end);
            allQuotes.AddRange(quotes);
            if (unattributedQuote is { } quoted && SignOff(text, start, end, quotes) is { } signOff)
            {
                // A quote paragraph, then "- Senator Lee." on a line of its own: the line names who said it.
                relations.Add(new Draft { ContentStart = quoted.Start, ContentEnd = quoted.End, Source = signOff.Source, Cue = signOff.Cue, Kind = CueKind.Say });
                unattributedQuote = null;
                lastOfParagraph = null;
                continue;
            }

            unattributedQuote = null;
            var lineQuoteOnly = true;
            var ofParagraph = new List<Draft>();
            var previousAttributed = lastOfParagraph is not null;
            foreach (var (unitStart, unitEnd) in SpeechUnits.Split(text, start, end, quotes))
            {
                var tokens = SpeechTokens.Read(text, unitStart, unitEnd, quotes);
                if (tokens.Count == 0)
                {
                    continue;
                }

                var sentence = new SpeechSentence(tokens, options.Cues);
                var found = AttributionFrames.Find(sentence, options);
                var quoteOnly = tokens[0].Mark == QuoteMark.Open && tokens.All(t => t.InQuote || !t.IsWord);
                lineQuoteOnly &= quoteOnly && found.Count == 0;
                var loose = new List<SentenceAttribution>();
                QuoteFrames.Unattributed(sentence, found, options.MinUnattributedQuoteWords, loose);
                // A quote without a name of its own is most often the last speaker's, named in this line or the one before;
                // with no speaker at all it is a title, a slogan or a headline more often than a statement.
                var nearestSource = relations.Count > 0 && relations[^1].Source is { } last && last.Start >= start ? last : previousLineSource;
                unattributed.AddRange(loose.Select(f => Draft.Of(text, sentence, f, quotes) is var d && d.Source is null ? d.WithSource(nearestSource) : d)
                    .Where(d => d.Source is not null));
                if (found.Count == 0 && quoteOnly && colonOpening is not null)
                {
                    // "Smith went on:" and a quote as the next paragraph: the quote is what Smith said.
                    colonOpening.ContentStart = tokens[0].Start;
                    colonOpening.ContentEnd = tokens[^1].End;
                    ofParagraph.Add(colonOpening);
                    relations.Add(colonOpening);
                    previousAttributed = true;
                    colonOpening = null;
                    continue;
                }

                colonOpening = tokens[^1].Is(":") && !tokens[^1].InQuote && QuoteFrames.ColonOpening(sentence) is { } opening
                    ? Draft.Of(text, sentence, opening, quotes)
                    : null;
                var chained = previousAttributed;
                previousAttributed = found.Count > 0;
                if (found.Count > 0)
                {
                    var drafts = found.Select(f => Draft.Of(text, sentence, f, quotes)).ToList();
                    ofParagraph.AddRange(drafts);
                    relations.AddRange(drafts);
                }
                else if (quoteOnly)
                {
                    // The quote continues the paragraph's last relation that ended in a quote (not a later "when asked").
                    var target = chained ? (ofParagraph.Count > 0 ? ofParagraph.LastOrDefault(d => d.QuoteEnd) ?? ofParagraph[^1] : lastOfParagraph) : null;
                    previousAttributed = target is not null;
                    target?.ContentEnd = tokens[^1].End;
                }
            }

            previousLineSource = relations.Count > 0 && relations[^1].Source is { } named && named.Start >= start ? named : null;
            // A paragraph that ends in an unattributed sentence ("He then turned to the crowd.") continues nobody.
            lastOfParagraph = !previousAttributed ? null : ofParagraph.Count > 0 ? ofParagraph[^1] : lastOfParagraph;
            if (lineQuoteOnly && !previousAttributed)
            {
                unattributedQuote = (start, end);
            }
        }

        return Finish(text, WithUnattributed(relations, unattributed), allQuotes);
    }

    /// <summary>
    /// The relations with the quotes no relation's final content covers (a later sentence may have continued a relation
    /// over them), each placed before the first relation that starts after it.
    /// </summary>
    private static List<Draft> WithUnattributed(List<Draft> relations, List<Draft> unattributed)
    {
        if (unattributed.Count == 0)
        {
            return relations;
        }

        // Contents sorted by start with the running maximum of their ends: one binary search per quote, not a scan.
        var byStart = relations.Select(r => (r.ContentStart, r.ContentEnd)).OrderBy(c => c.ContentStart).ToArray();
        var reach = new int[byStart.Length];
        for (var i = 0; i < byStart.Length; i++)
        {
            reach[i] = Math.Max(byStart[i].ContentEnd, i > 0 ? reach[i - 1] : int.MinValue);
        }

        bool Covered(Draft q)
        {
            int lo = 0, hi = byStart.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                (lo, hi) = byStart[mid].ContentStart < q.ContentEnd ? (mid + 1, hi) : (lo, mid);
            }

            return lo > 0 && reach[lo - 1] > q.ContentStart;
        }

        var merged = new List<Draft>(relations.Count + unattributed.Count);
        var next = 0;
        foreach (var quote in unattributed.Where(q => !Covered(q)))
        {
            while (next < relations.Count && relations[next].ContentStart <= quote.ContentStart)
            {
                merged.Add(relations[next++]);
            }

            merged.Add(quote);
        }

        merged.AddRange(relations.Skip(next));
        return merged;
    }

    private static List<AttributionRelation> Finish(string text, List<Draft> drafts, List<QuotedStretch> quotes)
    {
        var result = new List<AttributionRelation>(drafts.Count);
        string? lastSpeaker = null;
        foreach (var d in drafts)
        {
            var speaker = d.Source is { } source ? SpeakerNames.Resolve(text.AsSpan(source.Start, source.Length), ref lastSpeaker) : null;
            result.Add(new AttributionRelation(
                TextSpan.FromBounds(d.ContentStart, d.ContentEnd),
                d.Source,
                d.Cue,
                d.Kind,
                SpeechQuotes.MostlyQuoted(quotes, d.ContentStart, d.ContentEnd),
                speaker));
        }

        return NestedRelations.Mark(result);
    }

    /// <summary>
    /// "- Senator Dana Lee." / "—Lee, at a rally": a line opening with a dash and a capitalised name of at most
    /// <see cref="MaxSignOffNameWords"/> words, then a comma or its end. The name and the dash, or null.
    /// </summary>
    private static (TextSpan Source, TextSpan Cue)? SignOff(string text, int start, int end, List<QuotedStretch> quotes)
    {
        if (text[start] is not ('-' or '—' or '–'))
        {
            return null;
        }

        var tokens = SpeechTokens.Read(text, start, end, quotes);
        var k = 1;
        while (k < tokens.Count && k <= MaxSignOffNameWords && tokens[k].IsWord && tokens[k].IsCapitalised)
        {
            k++;
        }

        return k > 1 && (k == tokens.Count || tokens[k].IsAnyOf(",.")) && (k == tokens.Count || k + 1 >= tokens.Count || tokens[k].Is(","))
            ? (TextSpan.FromBounds(tokens[1].Start, tokens[k - 1].End), TextSpan.FromBounds(tokens[0].Start, tokens[0].End))
            : null;
    }

    /// <summary>The non-blank lines of the paragraphs, trimmed.</summary>
    private static IEnumerable<(int Start, int End)> Lines(string text, IEnumerable<TextSpan> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            var lineStart = paragraph.Start;
            while (lineStart <= paragraph.End)
            {
                var newline = text.IndexOf('\n', lineStart, paragraph.End - lineStart);
                var lineEnd = newline < 0 ? paragraph.End : newline;
                int s = lineStart, e = lineEnd;
                while (s < e && char.IsWhiteSpace(text[s]))
                {
                    s++;
                }

                while (e > s && char.IsWhiteSpace(text[e - 1]))
                {
                    e--;
                }

                if (e > s)
                {
                    yield return (s, e);
                }

                lineStart = lineEnd + 1;
            }
        }
    }

    /// <summary>A relation being built: a later quote-only sentence may still extend its content.</summary>
    private sealed class Draft
    {
        public int ContentStart { get; set; }

        public int ContentEnd { get; set; }

        public TextSpan? Source { get; init; }

        public required TextSpan Cue { get; init; }

        public CueKind Kind { get; init; }

        /// <summary>The content ends with a closing quote mark or inside an unclosed quote.</summary>
        public bool QuoteEnd { get; init; }

        public Draft WithSource(TextSpan? source) => new()
        {
            ContentStart = ContentStart,
            ContentEnd = ContentEnd,
            QuoteEnd = QuoteEnd,
            Source = source,
            Cue = Cue,
            Kind = Kind,
        };

        public static Draft Of(string text, SpeechSentence s, SentenceAttribution f, List<QuotedStretch> quotes) => new()
        {
            ContentStart = s[f.ContentStart].Start,
            ContentEnd = s[f.ContentEnd - 1].End,
            QuoteEnd = text[s[f.ContentEnd - 1].End - 1] is '”' or '"' or '\''
                || SpeechQuotes.At(quotes, s[f.ContentEnd - 1].End - 1) is { Closed: false },
            Source = f.Source is var (a, b) && b > a ? TextSpan.FromBounds(s[a].Start, s[b - 1].End) : null,
            Cue = TextSpan.FromBounds(s[f.CueStart].Start, s[f.CueEnd - 1].End),
            Kind = f.Kind,
        };
    }
}
