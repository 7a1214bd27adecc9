using Chorus.Core.Documents;
using Chorus.Core.Text;

namespace Chorus.Core.Facts;

/// <summary>One article as the Facts stage reads it: the article, its independent source number, its sentences.</summary>
internal sealed record FactSource(Article Article, int IndependentSource, IReadOnlyList<Sentence> Sentences);

/// <summary>
/// The Facts stage: entities first (they resolve "he said" and speakers' spellings), then quantities, quotes,
/// attributed claims and dates per sentence, then cross-source merging: quotes, claims, timeline, conflicts and
/// agreements, and what each independent source alone reports. Pure: the same sources give the same facts.
/// </summary>
internal static class FactExtractor
{
    public static FactSet Extract(IReadOnlyList<FactSource> sources, FactsOptions? options = null)
    {
        options ??= new FactsOptions();
        if (sources.Count == 0)
        {
            return FactSet.Empty;
        }

        var sourceOf = sources.ToDictionary(s => s.Article.Id, s => s.IndependentSource, StringComparer.Ordinal);
        var lowerCaseWords = LowerCaseWords(sources);
        // Each sentence is tokenized and searched for dates once, for every extractor.
        var scans = sources.Select(s => s.Sentences.Select(sentence => SentenceScan.Of(s.Article.Text, sentence)).ToList()).ToList();
        var entityMentions = new List<EntityMention>();
        for (var k = 0; k < sources.Count; k++)
        {
            foreach (var scan in scans[k])
            {
                entityMentions.AddRange(EntityExtractor.Extract(sources[k].Article, scan.Sentence, scan.Tokens, lowerCaseWords));
            }
        }


        var entities = EntityMerger.Merge(entityMentions);

        var quantities = new List<Quantity>();
        var dates = new List<DatedEvent>();
        var quoteMentions = new List<QuoteMention>();
        var claimMentions = new List<ClaimMention>();
        var storyDates = sources.Select(s => s.Article.Published?.Date).OfType<DateOnly>().ToList();
        (DateOnly, DateOnly)? storyRange = storyDates.Count == 0 ? null : (storyDates.Min(), storyDates.Max());
        for (var k = 0; k < sources.Count; k++)
        {
            var source = sources[k];
            var article = source.Article;
            (DateOnly, DateOnly)? reference = article.Published?.Date is { } published ? (published, published)
                : storyRange is { } range ? UndatedAnchor.Of(article.Text, source.Sentences, range) : null;
            var quoted = article.Paragraphs.SelectMany(p => QuoteScanner.Scan(article.Text, p.Span)).Select(q => q.Inner).ToList();
            foreach (var scan in scans[k])
            {
                var notQuantities = DateExtractor.DateAndTimeSpans(scan);
                quantities.AddRange(QuantityExtractor.Extract(article.Id, article.Text, scan.Sentence, scan.Tokens, notQuantities));
                dates.AddRange(DateExtractor.Extract(article.Id, article.Text, scan, reference, quoted));
            }

            var persons = PersonMentions(entities, article.Id);
            quoteMentions.AddRange(QuoteExtractor.Extract(article, source.Sentences, persons)
                .Select(q => q with { Speaker = q.Speaker is null ? null : CanonicalSpeaker(q.Speaker, entities) }));
            claimMentions.AddRange(ClaimFinder.Find(article, persons, speaker => CanonicalSpeaker(speaker, entities)));
        }

        var (quotes, speakerConflicts) = QuoteMerger.Merge(quoteMentions, options);
        var (quantityConflicts, agreements) = ConflictFinder.Quantities(quantities, sourceOf, options);
        var dateConflicts = ConflictFinder.Dates(dates, sourceOf, options);
        var quantityFacts = QuantityFacts.Group(quantities, options);
        return new FactSet(
            quantities,
            quotes,
            entities,
            dates,
            TimelineBuilder.Build(dates, options),
            [.. quantityConflicts, .. dateConflicts, .. speakerConflicts],
            agreements,
            OnlyIn(sources, quantities, quantityFacts, quotes, sourceOf))
        {
            QuantityFacts = quantityFacts,
            Claims = ClaimMerger.Merge(claimMentions, sourceOf, options),
        };
    }

    /// <summary>Words the story writes in lower case somewhere: capitalised at a sentence start, they are not names.</summary>
    private static HashSet<string> LowerCaseWords(IReadOnlyList<FactSource> sources)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var token in Tokenizer.Words(source.Article.Text))
            {
                if (char.IsLower(token.Text[0]))
                {
                    words.Add(token.Text);
                }
            }
        }

        return words;
    }

    private static List<PersonMention> PersonMentions(IReadOnlyList<Entity> entities, string articleId) =>
        entities.Where(e => e.Type == EntityType.Person)
            .SelectMany(e => e.Mentions.Where(m => m.ArticleId == articleId).SelectMany(m => m.Spans).Select(s => new PersonMention(s.Start, e.Name)))
            .OrderBy(p => p.Position)
            .ToList();

    /// <summary>The person entity a speaker's name belongs to (any spelling, or the surname alone), else the name as written.</summary>
    private static string CanonicalSpeaker(string speaker, IReadOnlyList<Entity> entities)
    {
        var match = entities.FirstOrDefault(e => e.Variants.Contains(speaker, StringComparer.OrdinalIgnoreCase));
        if (match is not null)
        {
            return match.Name;
        }

        var last = speaker.Split(' ')[^1].ToLowerInvariant();
        var people = entities.Where(e => e.Type == EntityType.Person && SpellingVariants.AreNameVariants(e.Name.Split(' ')[^1].ToLowerInvariant(), last)).ToList();
        return people.Count == 1 && char.IsUpper(speaker[0]) ? people[0].Name : speaker;
    }

    /// <summary>
    /// What each independent source alone reports: a quantity is its own when no other source states its class and
    /// interval and no other source's wording belongs to its fact ("two decades" beside "almost 20 years"); one fact
    /// is listed once, by its first wording.
    /// </summary>
    private static List<SourceOnlyFacts> OnlyIn(IReadOnlyList<FactSource> sources, List<Quantity> quantities, List<IReadOnlyList<Quantity>> quantityFacts, List<Quote> quotes, Dictionary<string, int> sourceOf)
    {
        var result = new List<SourceOnlyFacts>();
        var factOf = new Dictionary<Quantity, int>(ReferenceEqualityComparer.Instance);
        for (var f = 0; f < quantityFacts.Count; f++)
        {
            foreach (var q in quantityFacts[f])
            {
                factOf[q] = f;
            }
        }

        var factSources = quantityFacts.Select(f => f.Select(q => sourceOf[q.Source.ArticleId]).ToHashSet()).ToList();

        // Which independent sources state each (class, interval): looked up per quantity, so the stage stays linear in
        // the number of quantities (a page of thousands of numbers made a pairwise scan take minutes).
        var statedBy = quantities.GroupBy(q => (q.Head, q.Interval))
            .ToDictionary(g => g.Key, g => g.Select(q => sourceOf[q.Source.ArticleId]).ToHashSet());
        foreach (var source in sources.GroupBy(s => s.IndependentSource).Select(g => g.First()))
        {
            var mine = source.IndependentSource;
            var onlyQuantities = quantities.Where(q => sourceOf[q.Source.ArticleId] == mine)
                .Where(q => statedBy[(q.Head, q.Interval)].All(s => s == mine) && factSources[factOf[q]].All(s => s == mine))
                .GroupBy(q => factOf[q]).Select(g => g.First())
                .ToList();
            var onlyQuotes = quotes.Where(q => q.Mentions.All(m => sourceOf[m.ArticleId] == mine)).ToList();
            result.Add(new SourceOnlyFacts(source.Article.Id, onlyQuantities, onlyQuotes));
        }

        return result;
    }
}
