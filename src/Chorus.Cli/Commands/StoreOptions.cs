using Chorus.Core.Storage;

namespace Chorus.Cli.Commands;

/// <summary>Opening the story store named by <c>--db</c> with a clear error, and the width of the store commands' tables.</summary>
internal static class StoreOptions
{
    /// <summary>Columns of the store commands' tables in a file or pipe: wide enough that rows do not wrap.</summary>
    public const int TableWidth = 240;

    /// <summary>
    /// Opens an existing store for a command that only reads it; a store the user cannot write (a read-only file or
    /// folder) is opened read-only instead of refused. On failure names the file and the reason and returns null.
    /// </summary>
    public static SqliteStoryStore? OpenForReading(string path)
    {
        if (!File.Exists(path))
        {
            return Open(path, mustExist: true);
        }

        try
        {
            return SqliteStoryStore.Open(path);
        }
        catch (StoreException e) when (e.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 8 or 14 })
        {
            try
            {
                return SqliteStoryStore.OpenReadOnly(path);
            }
            catch (StoreException readOnly)
            {
                Terminal.Error(readOnly.Message);
                return null;
            }
        }
        catch (StoreException e)
        {
            Terminal.Error(e.Message);
            return null;
        }
    }

    /// <summary>Opens the store; on failure names the file and the reason and returns null.</summary>
    public static SqliteStoryStore? Open(string path, bool mustExist)
    {
        if (mustExist && !File.Exists(path))
        {
            Terminal.Error($"{path}: no such database (run chorus ingest first, or name one with --db)");
            return null;
        }

        try
        {
            return SqliteStoryStore.Open(path);
        }
        catch (StoreException e)
        {
            Terminal.Error(e.Message);
            return null;
        }
    }
}
