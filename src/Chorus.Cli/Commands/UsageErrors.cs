using System.CommandLine;
using System.CommandLine.Parsing;

namespace Chorus.Cli.Commands;

/// <summary>
/// What is wrong with a command line, one message a problem: unknown options by name ("unknown option --frmat (did
/// you mean --format?)"), then the parser's own errors. The library treats an unknown token as an argument, so a
/// command taking files would otherwise report a mistyped option as a missing file.
/// </summary>
internal static class UsageErrors
{
    /// <summary>Edits (insert, delete, replace) within which a mistyped option is offered its likely meaning.</summary>
    private const int MaxSuggestionDistance = 2;

    /// <summary>Leaves unmatched tokens to <see cref="Of"/> in <paramref name="command"/> and every subcommand.</summary>
    public static void ReportUnmatchedTokensHere(Command command)
    {
        command.TreatUnmatchedTokensAsErrors = false;
        foreach (var sub in command.Subcommands)
        {
            ReportUnmatchedTokensHere(sub);
        }
    }

    /// <summary>Refuses option-like inputs (a token starting with '-' that names no file or folder) as unknown options.</summary>
    public static Argument<string[]> RefuseUnknownOptions(Argument<string[]> inputs)
    {
        inputs.Validators.Add(r =>
        {
            var command = (r.Parent as CommandResult)?.Command;
            foreach (var token in r.Tokens.Select(t => t.Value).Where(t => LooksLikeOption(t) && !File.Exists(t) && !Directory.Exists(t)))
            {
                r.AddError(UnknownOption(token, command));
            }
        });
        return inputs;
    }

    /// <summary>Every usage problem of the parse, unknown options first; empty when the command can run.</summary>
    public static IReadOnlyList<string> Of(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var unmatched = parse.UnmatchedTokens;
        var options = unmatched.Where(LooksLikeOption).ToList();

        // A stray value after an unknown option is most likely that option's value: naming the option says it all.
        var messages = options.Count > 0
            ? options.Select(t => UnknownOption(t, command)).ToList()
            : unmatched.Select(t => command.Subcommands.Count > 0 ? $"unknown command '{t}'" : $"unexpected argument '{t}'").ToList();
        messages.AddRange(parse.Errors.Select(e => e.Message));
        return messages;
    }

    private static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-';

    private static string UnknownOption(string token, Command? command)
    {
        var name = token.Split('=', ':')[0];
        var known = command?.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)) ?? [];
        var closest = known.Select(n => (Name: n, Distance: Distance(name, n))).Where(c => c.Distance <= MaxSuggestionDistance).OrderBy(c => c.Distance).FirstOrDefault();
        return closest.Name is null ? $"unknown option {name}" : $"unknown option {name} (did you mean {closest.Name}?)";
    }

    /// <summary>Levenshtein distance: the fewest single-character edits turning <paramref name="a"/> into <paramref name="b"/>.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var replace = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(replace, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
