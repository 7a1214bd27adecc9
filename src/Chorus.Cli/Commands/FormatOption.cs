using System.CommandLine;
using System.CommandLine.Parsing;

namespace Chorus.Cli.Commands;

/// <summary>
/// <c>--format</c> as an enum, parsed once here: the tokens a command offers (case-insensitive), an error that names
/// the bad value and the choices, and the default when the option is not given.
/// </summary>
internal sealed class FormatOption<T>
    where T : struct, Enum
{
    private readonly T defaultValue;

    /// <param name="formats">The tokens and their values; the first is the default.</param>
    public FormatOption(params (string Token, T Value)[] formats)
    {
        defaultValue = formats[0].Value;
        var byToken = formats.ToDictionary(f => f.Token, f => f.Value, StringComparer.OrdinalIgnoreCase);
        var tokens = formats.Select(f => f.Token).ToArray();
        Option = new Option<T?>("--format")
        {
            Description = $"What is written: {string.Join(" or ", tokens)} (default {tokens[0]}).",
            HelpName = string.Join('|', tokens),
            CustomParser = r =>
            {
                var token = r.Tokens.Count == 1 ? r.Tokens[0].Value : "";
                if (byToken.TryGetValue(token, out var value))
                {
                    return value;
                }

                r.AddError($"--format {token}: not a format of this command (use {string.Join(" or ", tokens)}).");
                return null;
            },
        };
        Option.CompletionSources.Add(tokens);
    }

    public Option<T?> Option { get; }

    public T From(ParseResult parse) => parse.GetValue(Option) ?? defaultValue;

    public T From(CommandResult command) => command.GetValue(Option) ?? defaultValue;
}
