using System.CommandLine;
using Chorus.Core.Inputs;

namespace Chorus.Cli.Commands;

/// <summary>
/// The input options every command that reads articles shares (<c>chorus brief</c>, <c>chorus ingest</c>), and the
/// one call from them to Core's <see cref="InputLoader"/>.
/// </summary>
internal sealed class IngestSources
{
    public Option<bool> AllowPrivate { get; } = new("--allow-private") { Description = "Allow fetching URLs on loopback, private and link-local addresses." };

    public Option<bool> NoFetch { get; } = new("--no-fetch") { Description = "Never fetch URLs (URL inputs and feed items without full content are skipped)." };

    public Option<Uri?> Proxy { get; } = new("--proxy")
    {
        Description = "Fetch through this HTTP proxy (http://host:port); proxy environment variables are ignored. Each page's host is still checked.",
        CustomParser = r => Uri.TryCreate(r.Tokens.Single().Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : Refuse(r, $"--proxy '{r.Tokens.Single().Value}' is not an http(s) URL"),
    };

    private static Uri? Refuse(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return null;
    }

    public void AddTo(Command command)
    {
        command.Options.Add(AllowPrivate);
        command.Options.Add(NoFetch);
        command.Options.Add(Proxy);
    }

    public InputOptions OptionsFrom(ParseResult parse) =>
        new() { AllowPrivateAddresses = parse.GetValue(AllowPrivate), FetchAllowed = !parse.GetValue(NoFetch), Proxy = parse.GetValue(Proxy) };

    /// <summary>Loads every input; notes (records skipped by kind) go to standard error as they are informational.</summary>
    public static async Task<LoadedInputs> LoadAsync(IReadOnlyList<string> inputs, InputOptions options, CancellationToken cancellation)
    {
        var loaded = await InputLoader.LoadAsync(inputs, options, cancellation);
        foreach (var note in loaded.Notes)
        {
            Console.Error.WriteLine("note: " + Terminal.OneLine(note));
        }

        return loaded;
    }
}
