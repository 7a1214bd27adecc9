namespace Chorus.Core.Facts;

/// <summary>
/// The story's timeline: dated mentions with the same dates whose sentences report the same event
/// (<see cref="FactsOptions.SameEventSimilarity"/>) are one entry; entries sorted by date, then by text.
/// </summary>
internal static class TimelineBuilder
{
    public static List<TimelineEntry> Build(IReadOnlyList<DatedEvent> dates, FactsOptions options)
    {
        var entries = new List<TimelineEntry>();
        var cache = new SentenceTerms();
        foreach (var sameDate in dates.GroupBy(d => (d.From, d.To)))
        {
            var items = sameDate.ToList();
            var terms = items.Select(d => cache.Of(d.Sentence.Text)).ToList();
            var groups = new List<List<int>>();
            for (var i = 0; i < items.Count; i++)
            {
                var home = groups.FirstOrDefault(g => g.Any(k => items[k].Sentence.Text == items[i].Sentence.Text || WordAlignment.Jaccard(terms[k], terms[i]) >= options.SameEventSimilarity));
                if (home is null)
                {
                    groups.Add([i]);
                }
                else
                {
                    home.Add(i);
                }
            }

            entries.AddRange(groups.Select(g => new TimelineEntry(sameDate.Key.From, sameDate.Key.To, items[g[0]].Precision, items[g[0]].Sentence.Text, g.Select(i => items[i]).ToList())));
        }

        return entries.OrderBy(e => e.From).ThenBy(e => e.To).ThenBy(e => e.Event, StringComparer.Ordinal).ToList();
    }
}
