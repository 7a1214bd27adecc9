namespace Chorus.Core.Clustering;

/// <summary>
/// Inverted index from centroid terms to the open stories listing them: candidates for an arriving article come
/// from the postings of its heaviest terms, never from a scan of all stories.
/// </summary>
internal sealed class StoryIndex
{
    private readonly Dictionary<string, HashSet<long>> postings = new(StringComparer.Ordinal);

    public void Relist(StoryProfile story, string[] terms)
    {
        Unlist(story);
        foreach (var term in terms)
        {
            if (!postings.TryGetValue(term, out var stories))
            {
                stories = [];
                postings[term] = stories;
            }

            stories.Add(story.Id);
        }

        story.IndexedTerms = terms;
    }

    public void Unlist(StoryProfile story)
    {
        foreach (var term in story.IndexedTerms)
        {
            if (postings.TryGetValue(term, out var stories))
            {
                stories.Remove(story.Id);
                if (stories.Count == 0)
                {
                    postings.Remove(term);
                }
            }
        }

        story.IndexedTerms = [];
    }

    /// <summary>
    /// The stories sharing the most query terms, at most <paramref name="limit"/> (ties by id), so the cost of
    /// scoring an article stays bounded however many stories are open.
    /// </summary>
    public List<long> Candidates(IEnumerable<string> queryTerms, int limit)
    {
        var shared = new Dictionary<long, int>();
        foreach (var term in queryTerms)
        {
            if (postings.TryGetValue(term, out var stories))
            {
                foreach (var story in stories)
                {
                    shared[story] = shared.GetValueOrDefault(story) + 1;
                }
            }
        }

        return shared.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(limit).Select(kv => kv.Key).ToList();
    }
}
