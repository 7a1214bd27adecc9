using Chorus.Core.Briefs;
using Chorus.Core.Clustering;
using Chorus.Core.Documents;

namespace Chorus.Core.Pipeline;

/// <summary>The briefs of a run over inputs that may hold several stories: one per story, largest first.</summary>
public sealed record StoriesRun(IReadOnlyList<Brief> Briefs, int Articles, IReadOnlyList<InputProblem> Problems, IReadOnlyList<StageTiming> Timings);

/// <summary>
/// Reads the inputs once, groups the articles into stories with the ingest clusterer (<see cref="StoryGrouping"/>)
/// and writes each story's brief with <see cref="BriefPipeline"/>: a single-story input gives the brief
/// <see cref="BriefPipeline.Run"/> gives.
/// </summary>
public static class StoryBriefPipeline
{
    public static StoriesRun Run(IReadOnlyList<RawDocument> documents, BriefOptions? options = null, ClusteringOptions? clustering = null)
    {
        options ??= new BriefOptions();
        var clock = new StageClock();
        var problems = new List<InputProblem>();

        var articles = clock.Time("clean", () => ArticleReader.ReadAll(documents, problems, options.Extraction));
        if (articles.Count == 0)
        {
            return new StoriesRun([], 0, problems, clock.Timings);
        }

        var stories = clock.Time("stories", () => StoryGrouping.Group(articles, clustering ?? new ClusteringOptions()));
        var briefs = stories.Select(story => BriefPipeline.BriefOf(story, options, clock)).ToList();
        return new StoriesRun(briefs, articles.Count, problems, clock.Timings);
    }
}
