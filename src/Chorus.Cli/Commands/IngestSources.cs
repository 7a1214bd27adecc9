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

    public void AddTo(Command command)
    {
        command.Options.Add(AllowPrivate);
        command.Options.Add(NoFetch);
    }

    public InputOptions OptionsFrom(ParseResult parse) =>
        new() { AllowPrivateAddresses = parse.GetValue(AllowPrivate), FetchAllowed = !parse.GetValue(NoFetch) };

    /// <summary>Loads every input; notes (records skipped by kind) go to standard error as they are informational.</summary>
    public static async Task<LoadedInputs> LoadAsync(IReadOnlyList<string> inputs, InputOptions options, CancellationToken cancellation)
    {
        var loaded = await InputLoader.LoadAsync(inputs, options, cancellation);
        foreach (var note in loaded.Notes)
        {
            Console.Error.WriteLine("note: " + note);
        }

        return loaded;
    }
}
