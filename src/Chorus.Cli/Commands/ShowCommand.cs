using System.CommandLine;
using Chorus.Core.Pipeline;
using Chorus.Core.Rendering;
using Chorus.Core.Storage;

namespace Chorus.Cli.Commands;

/// <summary>
/// <c>chorus show STORY</c>: the brief of a stored story, rendered as <c>chorus brief</c> renders; with
/// <c>--since N</c>, what changed in it since version N (the brief of the current version is kept in the store,
/// so a later <c>--since</c> can start from it).
/// </summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var story = CommandLineNumbers.Id(new Argument<long>("story") { Description = "Story id, as listed by chorus stories." }, "story");
        var db = CliOptions.Db();
        var since = CommandLineNumbers.AtLeastOne(new Option<int?>("--since")
        {
            Description = "Write what changed in the brief since this version of the story (added and removed sentences, new sources, new and resolved conflicts); md or json.",
            HelpName = "version",
        });
        var output = new BriefOutput();
        var command = new Command("show", "Write the brief of one stored story.") { story, db, since };
        output.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(story), parse.GetValue(db)!, parse.GetValue(since), output.From(parse)));
        return command;
    }

    private static int Run(long storyId, string dbPath, int? since, BriefTarget target)
    {
        if (since is not null && target.Format == BriefFormat.Html)
        {
            Terminal.Error("--since: the changes are written as md or json, not html");
            return ExitCodes.BadArguments;
        }

        using var store = StoreOptions.OpenForReading(dbPath);
        if (store is null)
        {
            return ExitCodes.StoreUnusable;
        }

        if (store.Story(storyId) is not { } row)
        {
            Terminal.Error($"story {storyId}: not in {store.Path} (see chorus stories)");
            return ExitCodes.BadArguments;
        }

        if (since is { } version)
        {
            return Changes(store, storyId, version, target);
        }

        var documents = store.StoryDocuments(storyId).Select(d => d.Raw).ToList();
        var run = BriefPipeline.Run(documents, target.Options);
        if (run.Brief is null)
        {
            Terminal.Error($"story {storyId}: none of its {documents.Count} articles yields a brief");
            return ExitCodes.NothingUsable;
        }

        // The default brief is kept as this version's, so that --since can later start from it (not in a store that
        // cannot be written).
        if (!store.IsReadOnly && target.Words == BriefOptions.DefaultWords && store.Brief(storyId, row.Version)?.BuiltBy != StoryBriefVersions.BuiltBy)
        {
            StoryBriefVersions.Keep(store, StoryBriefVersions.Of(row, run.Brief, run.Problems, DateTime.UtcNow));
        }

        return target.Write([run.Brief], run.Problems);
    }

    private static int Changes(IStoryStore store, long storyId, int since, BriefTarget target)
    {
        var found = StoryBriefVersions.Changes(store, storyId, since);
        if (found.Changes is not { } changes)
        {
            Terminal.Error($"story {storyId}, --since {since}: {found.Problem}");
            return found.Versions.Count == 0 && found.Problem!.EndsWith("no brief", StringComparison.Ordinal) ? ExitCodes.NothingUsable : ExitCodes.BadArguments;
        }

        return Terminal.WriteResult(target.Format == BriefFormat.Json ? BriefChangesRender.Json(changes) : BriefChangesRender.Markdown(changes), target.File);
    }
}
