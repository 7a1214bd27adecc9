namespace Chorus.Core.ReportedSpeech;

/// <summary>
/// Relations that compete for the same words. A relation whose cue lies inside another relation's content ("Lee said
/// the board believes the plan works") is a report within a report; news attribution corpora mostly mark only the
/// outer one, and on the train split the inner ones the extractor found were right 29 % of the time, so they are
/// dropped. When two relations each hold the other's cue ("“…,” Ruiz said, the paper reported"), the one with the
/// longer content is kept. Two relations whose contents share at least half of their characters are one statement
/// read by two frames: the first is kept.
/// </summary>
internal static class NestedRelations
{
    public static List<AttributionRelation> Outermost(List<AttributionRelation> relations)
    {
        var kept = new List<AttributionRelation>(relations.Count);
        foreach (var inner in relations)
        {
            if (!relations.Any(outer => !ReferenceEquals(outer, inner) && Holds(outer, inner) && (!Holds(inner, outer) || Longer(outer, inner))))
            {
                kept.Add(inner);
            }
        }

        var distinct = new List<AttributionRelation>(kept.Count);
        for (var i = 0; i < kept.Count; i++)
        {
            if (!kept.Take(i).Any(earlier => MostlyShared(earlier, kept[i])))
            {
                distinct.Add(kept[i]);
            }
        }

        return distinct;
    }

    private static bool Holds(AttributionRelation outer, AttributionRelation inner) =>
        outer.Content.Start <= inner.Cue.Start && inner.Cue.End <= outer.Content.End;

    private static bool Longer(AttributionRelation a, AttributionRelation b) => a.Content.Length > b.Content.Length;

    /// <summary>The shared characters are at least half of the characters either content covers.</summary>
    private static bool MostlyShared(AttributionRelation a, AttributionRelation b)
    {
        var shared = Math.Min(a.Content.End, b.Content.End) - Math.Max(a.Content.Start, b.Content.Start);
        var union = a.Content.Length + b.Content.Length - Math.Max(0, shared);
        return union > 0 && 2 * shared >= union;
    }
}
