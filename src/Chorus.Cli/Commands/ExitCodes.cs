namespace Chorus.Cli.Commands;

internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command ran but found nothing usable in its inputs.</summary>
    public const int NothingUsable = 1;

    /// <summary>The command line named something that does not exist or is malformed.</summary>
    public const int BadArguments = 2;

    /// <summary>The story database is not a Chorus store, is damaged, or cannot be written.</summary>
    public const int StoreUnusable = 3;
}
