using System.CommandLine;
using Chorus.Core.Pipeline;
using Chorus.Core.Rendering;

namespace Chorus.Cli.Commands;

/// <summary><c>chorus show STORY</c>: the brief of a stored story, rendered as <c>chorus brief</c> renders.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var story = new Argument<long>("story") { Description = "Story id, as listed by chorus stories." };
        var db = StoreOptions.Db();
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "json", "html");
        var output = new Option<FileInfo?>("--out") { Description = "Write the brief to this file instead of standard output." };
        var words = new Option<int>("--words") { Description = "Longest summary, in words.", DefaultValueFactory = _ => BriefOptions.DefaultWords };
        var command = new Command("show", "Write the brief of one stored story.") { story, db, format, output, words };
        command.SetAction(parse => Run(parse.GetValue(story), parse.GetValue(db)!, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(words)));
        return command;
    }

    private static int Run(long storyId, string dbPath, string format, FileInfo? output, int words)
    {
        using var store = StoreOptions.Open(dbPath, mustExist: true);
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
        var run = BriefPipeline.Run(documents, new BriefOptions { Words = Math.Max(1, words) });
        if (run.Brief is null)
        {
            Terminal.Error($"story {storyId}: none of its {documents.Count} articles yields a brief");
            return ExitCodes.NothingUsable;
        }

        var rendered = format switch
        {
            "json" => BriefJson.Render(run.Brief, run.Problems),
            "html" => BriefHtml.Render(run.Brief, run.Problems),
            _ => BriefMarkdown.Render(run.Brief, run.Problems, new MarkdownOptions()),
        };
        return Terminal.WriteResult(rendered, output);
    }
}
