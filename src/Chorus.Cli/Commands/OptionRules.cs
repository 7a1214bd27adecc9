using System.CommandLine;

namespace Chorus.Cli.Commands;

/// <summary>
/// Rules on option values, checked while the command line is parsed: a bad value is a usage error naming the
/// option (exit code 2), never clamped into range behind the user's back.
/// </summary>
internal static class OptionRules
{
    public static Option<int> AtLeast(this Option<int> option, int minimum)
    {
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < minimum)
            {
                r.AddError($"{option.Name} must be at least {minimum}.");
            }
        });
        return option;
    }
}
