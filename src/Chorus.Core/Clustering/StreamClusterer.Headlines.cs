namespace Chorus.Core.Clustering;

public sealed partial class StreamClusterer
{
    /// <summary>
    /// A story is headed by the title of its members that best states what the story as a whole is about, not by
    /// whichever arrived first (often a side angle or a feature): the candidate replaces the headline when its terms
    /// weigh more in the story's TF-IDF centroid, per square root of its length so that long titles do not win by
    /// length alone. Ties keep the older headline.
    /// </summary>
    private void PreferHeadline(StoryProfile story, string candidate)
    {
        if (candidate != story.Headline && HeadlineFit(candidate, story) > HeadlineFit(story.Headline, story))
        {
            story.Headline = candidate;
        }
    }

    private double HeadlineFit(string headline, StoryProfile story)
    {
        var terms = DocumentFeatures.TermsOf(headline);
        if (terms.Count == 0)
        {
            return 0;
        }

        var weight = 0.0;
        foreach (var term in terms)
        {
            if (story.Terms.TryGetValue(term, out var inCentroid))
            {
                weight += inCentroid * Idf(term);
            }
        }

        return weight / Math.Sqrt(terms.Count);
    }
}
