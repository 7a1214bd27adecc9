namespace Chorus.Core.Storage;

/// <summary>
/// What <c>--db</c> names: a SQLite file (the default, for anything that is not a PostgreSQL connection string), or
/// a PostgreSQL database as a <c>postgres://user:pw@host:port/db</c> URI or a <c>Host=…;Database=…</c> string.
/// </summary>
public static class StoreLocation
{
    /// <summary>The store when <c>--db</c> is not given: a SQLite file in the working folder.</summary>
    public const string DefaultPath = SqliteStoryStore.DefaultPath;

    /// <summary>Whether <paramref name="db"/> names a database on a server rather than a file.</summary>
    public static bool IsServer(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var text = db.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return text.Split(';').Any(part => part.Split('=', 2) is [var key, _] && key.Trim() is var k
            && (k.Equals("Host", StringComparison.OrdinalIgnoreCase) || k.Equals("Server", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Whether the store exists already (a server's database is taken to exist: connecting tells).</summary>
    public static bool Exists(string db) => IsServer(db) || File.Exists(db);

    /// <summary>How the store is named in messages: a file's path, or the connection string with its password masked.</summary>
    public static string Describe(string db) => IsServer(db) ? PostgresConnection.Masked(db) : db;

    /// <summary>Opens (or creates) the store and brings its schema up to date.</summary>
    public static IStoryStore Open(string db) => IsServer(db) ? PostgresStoryStore.Open(db) : SqliteStoryStore.Open(db);

    /// <summary>
    /// Opens an existing store for reading: a SQLite file the user cannot write (a read-only file or folder) is
    /// opened read-only instead of refused.
    /// </summary>
    public static IStoryStore OpenForReading(string db)
    {
        if (IsServer(db))
        {
            return PostgresStoryStore.Open(db);
        }

        try
        {
            return SqliteStoryStore.Open(db);
        }
        catch (StoreException e) when (e.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 8 or 14 })
        {
            return SqliteStoryStore.OpenReadOnly(db);
        }
    }
}
