using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Chorus.Cli.Commands;

/// <summary>
/// Numbers given on the command line, parsed here so a bad one is refused with a message naming the option and the
/// value ("--words abc: not a whole number"), the same usage error (exit code 2) as a value out of range.
/// </summary>
internal static class CommandLineNumbers
{
    /// <summary>A whole number the command cannot use below 1 (a budget, a limit, a batch size).</summary>
    public static Option<int> AtLeastOne(Option<int> option) => Whole(option, least: 1);

    /// <inheritdoc cref="AtLeastOne(Option{int})"/>
    public static Option<int?> AtLeastOne(Option<int?> option)
    {
        option.CustomParser = r => (int?)Read(r, option.Name, least: 1, int.MaxValue);
        return option;
    }

    /// <summary>A whole number of at least <paramref name="least"/>.</summary>
    public static Option<int> Whole(Option<int> option, int least = int.MinValue)
    {
        option.CustomParser = r => (int)(Read(r, option.Name, least, int.MaxValue) ?? 0);
        return option;
    }

    /// <inheritdoc cref="Whole(Option{int}, int)"/>
    public static Option<int?> Whole(Option<int?> option, int least = int.MinValue)
    {
        option.CustomParser = r => (int?)Read(r, option.Name, least, int.MaxValue);
        return option;
    }

    /// <summary>An id (a whole number, at least 1) given as an argument; <paramref name="name"/> names it in messages.</summary>
    public static Argument<long> Id(Argument<long> argument, string name)
    {
        argument.CustomParser = r => Read(r, name, least: 1, long.MaxValue) ?? 0;
        return argument;
    }

    /// <summary>A number of seconds, 0 or more (fractions allowed).</summary>
    public static Option<double> Seconds(Option<double> option)
    {
        option.CustomParser = r =>
        {
            var token = r.Tokens.Count == 1 ? r.Tokens[0].Value : "";
            if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && double.IsFinite(seconds) && seconds >= 0)
            {
                return seconds;
            }

            r.AddError($"{option.Name} {token}: must be a number of seconds, 0 or more.");
            return 0;
        };
        return option;
    }

    private static long? Read(ArgumentResult result, string name, long least, long most)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (!long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            result.AddError($"{name} {token}: not a whole number.");
            return null;
        }

        if (n < least)
        {
            result.AddError($"{name} {n}: must be at least {least}.");
            return null;
        }

        if (n > most)
        {
            result.AddError($"{name} {n}: must be at most {most}.");
            return null;
        }

        return n;
    }
}
