using System.CommandLine;
using Chorus.Core.Pipeline;

namespace Chorus.Cli.Commands;

/// <summary><c>chorus show STORY</c>: the brief of a stored story, rendered as <c>chorus brief</c> renders.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var story = CommandLineNumbers.Id(new Argument<long>("story") { Description = "Story id, as listed by chorus stories." }, "story");
        var db = CliOptions.Db();
        var output = new BriefOutput();
        var command = new Command("show", "Write the brief of one stored story.") { story, db };
        output.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(story), parse.GetValue(db)!, output.From(parse)));
        return command;
    }

    private static int Run(long storyId, string dbPath, BriefTarget target)
    {
        using var store = StoreOptions.OpenForReading(dbPath);
        if (store is null)
        {
            return ExitCodes.StoreUnusable;
        }

        if (store.Story(storyId) is null)
        {
            Terminal.Error($"story {storyId}: not in {dbPath} (see chorus stories)");
            return ExitCodes.BadArguments;
        }

        var documents = store.StoryDocuments(storyId).Select(d => d.Raw).ToList();
        var run = BriefPipeline.Run(documents, target.Options);
        if (run.Brief is null)
        {
            Terminal.Error($"story {storyId}: none of its {documents.Count} articles yields a brief");
            return ExitCodes.NothingUsable;
        }

        return target.Write([run.Brief], run.Problems);
    }
}
