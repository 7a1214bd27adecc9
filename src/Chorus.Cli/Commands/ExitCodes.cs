namespace Chorus.Cli.Commands;

internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command ran but found nothing usable in its inputs.</summary>
    public const int NothingUsable = 1;

    /// <summary>The command line named something that does not exist or is malformed.</summary>
    public const int BadArguments = 2;
}
