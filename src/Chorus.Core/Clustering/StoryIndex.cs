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

    public HashSet<long> Candidates(IEnumerable<string> queryTerms)
    {
        var found = new HashSet<long>();
        foreach (var term in queryTerms)
        {
            if (postings.TryGetValue(term, out var stories))
            {
                found.UnionWith(stories);
            }
        }

        return found;
    }
}
