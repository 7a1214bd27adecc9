namespace Chorus.Core.Facts;

/// <summary>
/// Compares claims about the same thing across sources. A quantity claim is the counted noun's class and the
/// event ("troops" + "flee"); quantities without an event verb are one claim only when their sentences report
/// the same event. Durations are never compared (<see cref="CountedNouns.TimeUnits"/>). Dates conflict when
/// near-identical sentences from different sources put one event on disjoint dates. Only claims stated by at
/// least two independent sources are compared.
/// </summary>
internal static class ConflictFinder
{
    public static (List<Conflict> Conflicts, List<Agreement> Agreements) Quantities(
        IReadOnlyList<Quantity> quantities, IReadOnlyDictionary<string, int> sourceOf, FactsOptions options)
    {
        var conflicts = new List<Conflict>();
        var agreements = new List<Agreement>();
        foreach (var claim in Claims(Comparable(quantities), options))
        {
            if (claim.Select(q => sourceOf[q.Source.ArticleId]).Distinct().Count() < 2)
            {
                continue;
            }

            var label = Label(claim);
            var sides = ClaimSides.Split(claim, q => q.Interval)
                .Select(side => new ClaimSide(Values(side)))
                .OrderByDescending(s => s.Values.SelectMany(v => v.Sources).Select(x => sourceOf[x.ArticleId]).Distinct().Count())
                .ToList();
            if (sides.Count > 1)
            {
                // A disputed claim is shown once, as a conflict: its sides already group the values that agree.
                conflicts.Add(new Conflict(ClaimKind.Quantity, label, sides));
            }
            else if (sides[0].Values.Count > 1)
            {
                agreements.Add(new Agreement(ClaimKind.Quantity, label, sides[0].Values));
            }
        }

        return (conflicts, agreements);
    }

    /// <summary>Quantities that can be compared: a counted noun, and not a duration.</summary>
    internal static List<Quantity> Comparable(IReadOnlyList<Quantity> quantities) =>
        quantities.Where(q => q.Head.Length > 0 && !CountedNouns.TimeUnits.Contains(CountedNouns.Singular(q.Head))).ToList();

    public static List<Conflict> Dates(IReadOnlyList<DatedEvent> dates, IReadOnlyDictionary<string, int> sourceOf, FactsOptions options)
    {
        var cache = new SentenceTerms();
        var candidates = dates.Where(d => d.Precision is DatePrecision.Day or DatePrecision.Week or DatePrecision.Year).ToList();
        var terms = candidates.Select(d => cache.Of(d.Sentence.Text)).ToList();
        var conflicts = new List<Conflict>();
        var used = new HashSet<int>();
        for (var a = 0; a < candidates.Count; a++)
        {
            if (used.Contains(a))
            {
                continue;
            }

            var same = new List<int> { a };
            for (var b = a + 1; b < candidates.Count; b++)
            {
                if (!used.Contains(b) && sourceOf[candidates[a].Source.ArticleId] != sourceOf[candidates[b].Source.ArticleId]
                    && (candidates[a].Precision == DatePrecision.Year) == (candidates[b].Precision == DatePrecision.Year)
                    && (candidates[a].Precision != DatePrecision.Year || SameSlot(candidates[a], candidates[b]))
                    && WordAlignment.Jaccard(terms[a], terms[b]) >= options.DateConflictSimilarity)
                {
                    same.Add(b);
                }
            }

            var sides = ClaimSides.Split(same, i => DayInterval(candidates[i]));
            if (sides.Count > 1)
            {
                used.UnionWith(same);
                conflicts.Add(new Conflict(
                    ClaimKind.Date,
                    "When: " + candidates[a].Sentence.Text,
                    sides.Select(side => new ClaimSide(side.GroupBy(i => DateText(candidates[i]), StringComparer.Ordinal)
                        .Select(g => new ClaimValue(g.Key, g.Select(i => candidates[i].Source).ToList())).ToList())).ToList()));
            }
        }

        return conflicts;
    }

    /// <summary>
    /// A bare year is one of several in a sentence more often than a day is ("appointed in 1989 amid the 1975-90
    /// war"), so two years are the same claim's only when the words before them agree ("commander in 1988" and
    /// "commander in 1989").
    /// </summary>
    private static bool SameSlot(DatedEvent a, DatedEvent b) =>
        WordsBefore(a).SequenceEqual(WordsBefore(b), StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> WordsBefore(DatedEvent d)
    {
        // The sentence text has its whitespace collapsed, so the phrase is looked up near its raw offset.
        var text = d.Sentence.Text;
        var near = Math.Clamp(d.Source.Span.Start - d.Sentence.Span.Start - 20, 0, text.Length);
        var at = text.IndexOf(d.Phrase, near, StringComparison.Ordinal);
        var before = text[..(at < 0 ? Math.Min(near, text.Length) : at)];
        return before.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).TakeLast(2).Select(w => w.Trim(',', '(', '"'));
    }

    public static string DateText(DatedEvent d) =>
        d.From == d.To ? $"{d.Phrase} ({Iso(d.From)})" : $"{d.Phrase} ({Iso(d.From)} to {Iso(d.To)})";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static ValueInterval DayInterval(DatedEvent d) => ValueInterval.Closed(d.From.DayNumber, d.To.DayNumber);

    /// <summary>
    /// Quantities grouped into claims: by noun class and event, or by noun class and a shared event sentence. A
    /// total that the story divides ("the 122 seats" of "64 of the 122 seats") is another subject than its parts,
    /// so totals are claims of their own.
    /// </summary>
    internal static List<List<Quantity>> Claims(List<Quantity> quantities, FactsOptions options)
    {
        var wholes = quantities.Where(q => q.Whole is not null).Select(q => (q.Head, Value: q.Whole!.Value)).ToHashSet();
        bool IsTotal(Quantity q) => q.Whole is null && wholes.Contains((q.Head, q.Value));
        var claims = quantities.Where(q => q.Event is not null)
            .GroupBy(q => (q.Head, q.Event, q.Unit, IsTotal(q)))
            .Select(g => g.ToList())
            .ToList();
        var cache = new SentenceTerms();
        foreach (var byHead in quantities.Where(q => q.Event is null).GroupBy(q => (q.Head, q.Unit, IsTotal(q))))
        {
            var items = byHead.ToList();
            var terms = items.Select(q => cache.Of(q.Sentence.Text)).ToList();
            // A quantity whose sentence an earlier one shares joins that one's group, and a group is compared by its
            // distinct sentences only: a sentence holding hundreds of numbers made this quadratic in the numbers.
            var groups = new List<(List<int> Members, List<int> Sentences)>();
            var groupOfSentence = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                if (groupOfSentence.TryGetValue(items[i].Sentence.Text, out var same))
                {
                    groups[same].Members.Add(i);
                    continue;
                }

                var home = groups.FindIndex(g => g.Sentences.Any(k => WordAlignment.Jaccard(terms[k], terms[i]) >= options.SameEventSimilarity));
                if (home < 0)
                {
                    home = groups.Count;
                    groups.Add(([], []));
                }

                groups[home].Members.Add(i);
                groups[home].Sentences.Add(i);
                groupOfSentence[items[i].Sentence.Text] = home;
            }

            claims.AddRange(groups.Select(g => g.Members.Select(i => items[i]).ToList()));
        }

        return claims;
    }

    private static List<ClaimValue> Values(List<Quantity> side) =>
        side.GroupBy(q => q.Phrase.ToLowerInvariant(), StringComparer.Ordinal)
            .OrderBy(g => g.First().Interval.Width)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ClaimValue(g.First().Phrase, g.Select(q => q.Source).ToList()))
            .ToList();

    /// <summary>"People who were evacuated": the noun class and the most common predicate (ties: the shortest).</summary>
    private static string Label(List<Quantity> claim)
    {
        var head = claim[0].Head;
        var predicate = claim.Where(q => q.Predicate is not null)
            .GroupBy(q => q.Predicate!, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
        var noun = predicate is null
            ? claim.GroupBy(q => q.Counted, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Length).First().Key
            : head;
        var text = predicate is null ? noun : $"{noun} who {predicate}";
        return text.Length == 0 ? head : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
