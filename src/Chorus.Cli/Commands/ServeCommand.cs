using System.CommandLine;
using Chorus.Core.Storage;
using Chorus.Web;
using Microsoft.Extensions.Hosting;

namespace Chorus.Cli.Commands;

/// <summary>
/// <c>chorus serve</c>: the web reader and JSON API over a store, until Ctrl+C. Writes need an API key, read from
/// <c>--api-key-file</c> or the <c>CHORUS_API_KEY</c> environment variable; without one the server is read-only.
/// </summary>
internal static class ServeCommand
{
    public const string KeyVariable = "CHORUS_API_KEY";

    public static Command Create()
    {
        var db = CliOptions.Db();
        var urls = new Option<string>("--urls") { Description = "Where to listen (semicolon-separated).", DefaultValueFactory = _ => ServeOptions.DefaultUrls };
        var keyFile = new Option<FileInfo?>("--api-key-file") { Description = $"A file holding the API key that write requests must present (or set {KeyVariable})." };
        var noPoll = new Option<bool>("--no-poll") { Description = "Do not poll the store's feeds in the background (chorus watch may do it instead)." };
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Let the feed poller fetch from loopback, private and link-local addresses." };
        var command = new Command("serve", "Serve the stories of a store as web pages, a JSON API and Atom feeds; poll its feeds.") { db, urls, keyFile, noPoll, allowPrivate };
        command.SetAction((parse, cancellation) => RunAsync(
            new ServeOptions { DbPath = parse.GetValue(db)!, Urls = parse.GetValue(urls)!, PollFeeds = !parse.GetValue(noPoll), AllowPrivateFetches = parse.GetValue(allowPrivate) },
            parse.GetValue(keyFile),
            cancellation));
        return command;
    }

    private static async Task<int> RunAsync(ServeOptions options, FileInfo? keyFile, CancellationToken cancellation)
    {
        var (dbPath, urls) = (options.DbPath, options.Urls);
        var (key, problem) = ApiKey(keyFile);
        if (problem is not null)
        {
            Terminal.Error(problem);
            return ExitCodes.BadArguments;
        }

        Microsoft.AspNetCore.Builder.WebApplication app;
        try
        {
            app = ChorusServer.Build(options with { ApiKey = key });
        }
        catch (StoreException e)
        {
            Terminal.Error(e.Message);
            return ExitCodes.StoreUnusable;
        }

        await using (app)
        {
            try
            {
                await app.StartAsync(cancellation);
            }
            catch (IOException e)
            {
                Terminal.Error($"{urls}: cannot listen there ({e.Message.TrimEnd('.')})");
                return ExitCodes.BadArguments;
            }

            Console.Error.WriteLine($"serving {StoreLocation.Describe(dbPath)} at {string.Join(", ", app.Urls)}{(key is null ? " (read-only: no API key)" : "")}{(options.PollFeeds ? ", polling its feeds" : "")}; Ctrl+C stops");
            await app.WaitForShutdownAsync(cancellation);
        }

        return ExitCodes.Ok;
    }

    /// <summary>The key from the file, else from the environment; a named file that cannot be read is an error.</summary>
    private static (string? Key, string? Problem) ApiKey(FileInfo? file)
    {
        if (file is not null)
        {
            if (!file.Exists)
            {
                return (null, $"{file}: no such file (--api-key-file)");
            }

            var text = File.ReadAllText(file.FullName).Trim();
            return text.Length == 0 ? (null, $"{file}: the API key file is empty") : (text, null);
        }

        var variable = Environment.GetEnvironmentVariable(KeyVariable)?.Trim();
        return string.IsNullOrEmpty(variable) ? (null, null) : (variable, null);
    }
}
