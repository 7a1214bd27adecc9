using Chorus.Core.Storage;

namespace Chorus.Cli.Commands;

/// <summary>Opening the story store named by <c>--db</c> with a clear error, and the width of the store commands' tables.</summary>
internal static class StoreOptions
{
    /// <summary>Columns of the store commands' tables in a file or pipe: wide enough that rows do not wrap.</summary>
    public const int TableWidth = 240;

    /// <summary>
    /// Opens an existing store for a command that only reads it; a store the user cannot write (a read-only file or
    /// folder) is opened read-only instead of refused. On failure names the store and the reason and returns null.
    /// </summary>
    public static IStoryStore? OpenForReading(string db)
    {
        if (!StoreLocation.Exists(db))
        {
            return Open(db, mustExist: true);
        }

        try
        {
            return StoreLocation.OpenForReading(db);
        }
        catch (StoreException e)
        {
            Terminal.Error(e.Message);
            return null;
        }
    }

    /// <summary>Opens the store; on failure names the store and the reason and returns null.</summary>
    public static IStoryStore? Open(string db, bool mustExist)
    {
        if (mustExist && !StoreLocation.Exists(db))
        {
            Terminal.Error($"{db}: no such database (run chorus ingest first, or name one with --db)");
            return null;
        }

        try
        {
            return StoreLocation.Open(db);
        }
        catch (StoreException e)
        {
            Terminal.Error(e.Message);
            return null;
        }
    }
}
