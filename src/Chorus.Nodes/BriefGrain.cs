using Chorus.Core.Pipeline;
using Chorus.Core.Storage;
using Orleans.Concurrency;

namespace Chorus.Nodes;

/// <summary>The brief of one story (the grain's key is the story id), built on whichever silo Orleans places it.</summary>
public interface IBriefGrain : IGrainWithIntegerKey
{
    /// <summary>Builds and saves the brief of the story's current version unless it is saved already.</summary>
    [OneWay]
    Task Build();
}

/// <summary>
/// One activation per story in the cluster, and its calls one at a time: two requests for one version build it once,
/// the second finding it saved (<see cref="StoryBriefVersions.Current"/>). The story writer hands these jobs out, so
/// the slow part of keeping briefs current runs on all nodes while only the writer clusters.
/// </summary>
public sealed class BriefGrain(NodeSettings settings) : Grain, IBriefGrain
{
    /// <summary>A save refused while the writer commits (SQLite's one write lock) is tried again this often.</summary>
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    private const int Tries = 5;

    public Task Build() => Task.Run(() =>
    {
        var story = this.GetPrimaryKeyLong();
        using var store = StoreLocation.Open(settings.DbPath);
        for (var attempt = 0; attempt < Tries && StoryBriefVersions.Current(store, story) is { } built && store.Brief(story, built.Version) is null; attempt++)
        {
            Thread.Sleep(RetryAfter);
        }
    });
}
