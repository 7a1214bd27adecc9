namespace Chorus.Core.Clustering;

/// <summary>Merging of open stories that turn out to be one story, and following merged ids.</summary>
public sealed partial class StreamClusterer
{
    /// <summary>The story a story id now stands for, following merges.</summary>
    public long Resolve(long storyId)
    {
        while (mergedInto.TryGetValue(storyId, out var into))
        {
            storyId = into;
        }

        return storyId;
    }

    /// <summary>
    /// After a story grows it may have become the same story as another open one (two halves started before the
    /// articles that bridge them arrived): the closest such neighbour above the merge score is folded into the
    /// older story.
    /// </summary>
    private StoryProfile MergeNeighbours(StoryProfile story, double mergeScore, double denseWeight)
    {
        if (mergeScore >= 1)
        {
            return story;
        }

        var vector = story.Terms.ToDictionary(kv => kv.Key, kv => kv.Value * Idf(kv.Key), StringComparer.Ordinal);
        var norm = Norm(vector.Values);
        var twice = vector.ToDictionary(kv => kv.Key, kv => kv.Value * Idf(kv.Key), StringComparer.Ordinal);
        var entities = story.Entities.Keys.ToHashSet(StringComparer.Ordinal);
        StoryProfile? best = null;
        var bestScore = mergeScore;
        foreach (var id in index.Candidates(story.IndexedTerms, options.MaxCandidates))
        {
            if (id == story.Id)
            {
                continue;
            }

            var other = open[id];
            var score = Score(twice, norm, entities, DenseCentroid(story), denseWeight, other, story.LastSeen);
            if (score >= bestScore)
            {
                best = other;
                bestScore = score;
            }
        }

        if (best is null)
        {
            return story;
        }

        var (into, from) = best.Id < story.Id ? (best, story) : (story, best);
        foreach (var (term, weight) in from.Terms)
        {
            into.Terms[term] = into.Terms.GetValueOrDefault(term) + weight;
        }

        foreach (var (entity, count) in from.Entities)
        {
            into.Entities[entity] = into.Entities.GetValueOrDefault(entity) + count;
        }

        AddDense(into, from.Dense);

        into.Articles += from.Articles;
        into.IndependentSources += from.IndependentSources;
        into.FirstSeen = from.FirstSeen < into.FirstSeen ? from.FirstSeen : into.FirstSeen;
        into.LastSeen = from.LastSeen > into.LastSeen ? from.LastSeen : into.LastSeen;
        PruneTerms(into.Terms);
        Prune(into.Entities, options.StoryEntities);
        into.NormStamp = -1;
        PreferHeadline(into, from.Headline);
        index.Unlist(from);
        open.Remove(from.Id);
        changed.Remove(from.Id);
        index.Relist(into, IndexTerms(into));
        changed[into.Id] = into;
        mergedInto[from.Id] = into.Id;
        merges.Add(new StoryMerge(from.Id, into.Id));
        return into;
    }
}
