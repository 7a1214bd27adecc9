namespace Chorus.Core.Facts;

/// <summary>
/// Groups the quantities of a story into facts. Statements with the same words are one fact, as before; two
/// wordings are one fact too when they state the same value of one claim (<see cref="ConflictFinder"/>'s grouping:
/// the counted noun's class and the event, or a shared event sentence) in different articles ("20,000 military
/// reservists", "20,000 reserve troops"). Within one article two wordings are two things when it lists them
/// together or the count is small ("two attack helicopters", "two transport helicopters"). Durations that reach one
/// span are one fact in any article ("two decades", "nearly 20 years": <see cref="DurationSpans"/>). Facts come in the
/// order their first statement was read.
/// </summary>
public static class QuantityFacts
{
    public static List<IReadOnlyList<Quantity>> Group(IReadOnlyList<Quantity> quantities, FactsOptions options)
    {
        var wordings = quantities.GroupBy(q => (q.Phrase.ToLowerInvariant(), q.Counted.ToLowerInvariant())).Select(g => g.ToList()).ToList();
        var wordingOf = new Dictionary<Quantity, int>(ReferenceEqualityComparer.Instance);
        for (var w = 0; w < wordings.Count; w++)
        {
            foreach (var q in wordings[w])
            {
                wordingOf[q] = w;
            }
        }

        var parent = Enumerable.Range(0, wordings.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        foreach (var claim in ConflictFinder.Claims(ConflictFinder.Comparable(quantities), options))
        {
            foreach (var sameValue in claim.GroupBy(q => (q.Interval, q.Unit)))
            {
                foreach (var w in sameValue.Select(q => wordingOf[q]).Distinct().ToList())
                {
                    var root = Find(sameValue.Select(q => wordingOf[q]).First());
                    var mine = Find(w);
                    if (root != mine && !Members(root).Any(m => TwoThingsInOneArticle(wordings[m], wordings[w])))
                    {
                        parent[mine] = root;
                    }
                }
            }
        }

        // Durations are never claims (news rounds them), but two wordings of one span are one fact, also within one
        // article, unless one sentence lists both.
        var durations = Enumerable.Range(0, wordings.Count).Where(w => DurationSpans.Of(wordings[w][0]) is not null).ToList();
        foreach (var a in durations)
        {
            foreach (var b in durations.Where(b => b > a && DurationSpans.Same(wordings[a][0], wordings[b][0])))
            {
                if (Find(a) != Find(b) && !Members(Find(a)).Any(m => Members(Find(b)).Any(n => OneSentence(wordings[m], wordings[n]))))
                {
                    parent[Find(b)] = Find(a);
                }
            }
        }

        IEnumerable<int> Members(int root) => Enumerable.Range(0, wordings.Count).Where(x => Find(x) == root);

        return Enumerable.Range(0, wordings.Count).GroupBy(Find)
            .Select(g => (IReadOnlyList<Quantity>)g.SelectMany(w => wordings[w]).ToList())
            .ToList();
    }

    /// <summary>
    /// One article giving one value in two wordings names two things when it lists them in one sentence ("two attack
    /// helicopters and two transport helicopters") or when the count is small enough to recur by chance (under
    /// <see cref="RestatedFrom"/>); a large count of the same event in two of its sentences is the figure restated
    /// ("more than 3,000 valley residents" in the lead, "more than 3,000 local residents" later).
    /// </summary>
    private static bool TwoThingsInOneArticle(IReadOnlyList<Quantity> one, IReadOnlyList<Quantity> other) =>
        one.Any(a => other.Any(b => a.Source.ArticleId == b.Source.ArticleId && (a.Sentence.Span == b.Sentence.Span || a.Value < RestatedFrom)));

    private static bool OneSentence(IReadOnlyList<Quantity> one, IReadOnlyList<Quantity> other) =>
        one.Any(a => other.Any(b => a.Source.ArticleId == b.Source.ArticleId && a.Sentence.Span == b.Sentence.Span));

    /// <summary>Counts from here up are specific enough that one article stating one twice states one figure.</summary>
    private const double RestatedFrom = 100;
}
