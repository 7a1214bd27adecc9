using Microsoft.Data.Sqlite;

namespace Chorus.Core.Storage;

/// <summary>Opening a store that cannot be written (a 0444 file, a read-only folder or mount) for reading only.</summary>
public sealed partial class SqliteStoryStore
{
    /// <summary>Opened by <see cref="OpenReadOnly(string)"/>: reads only; callers skip what they would keep (briefs).</summary>
    public bool IsReadOnly { get; private init; }

    /// <summary>
    /// Opens an existing store read-only: nothing is migrated or written, so a store the user may not write can still
    /// be listed, shown and searched. In a folder where SQLite cannot create the WAL's shared-memory file the store is
    /// opened as immutable, which is safe because no one can write it there either.
    /// </summary>
    public static SqliteStoryStore OpenReadOnly(string path)
    {
        RefuseForeignFile(path);
        try
        {
            return OpenReadOnly(path, path);
        }
        catch (SqliteException) when (File.Exists(path))
        {
            try
            {
                return OpenReadOnly(path, "file:" + Uri.EscapeDataString(System.IO.Path.GetFullPath(path)).Replace("%2F", "/", StringComparison.Ordinal) + "?immutable=1");
            }
            catch (SqliteException e)
            {
                throw new StoreException($"{path}: cannot be read as a Chorus store ({Reason(e)}); left untouched", e);
            }
        }
    }

    private static SqliteStoryStore OpenReadOnly(string path, string dataSource)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = dataSource,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            var tables = SqliteSchema.TableCount(connection);
            var version = SqliteSchema.UserVersion(connection);
            if (tables == 0 || SqliteSchema.StoredApplicationId(connection) != SqliteSchema.ApplicationId)
            {
                throw new StoreException($"{path}: not a Chorus store; left untouched (use --db to name another file)");
            }

            if (version != SqliteSchema.Latest)
            {
                throw new StoreException($"{path}: holds schema {version} and this Chorus reads {SqliteSchema.Latest}; it is read-only here, so it cannot be brought up to date");
            }

            SqliteSchema.Execute(connection, "PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;");
            return new SqliteStoryStore(connection, path, version) { IsReadOnly = true };
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
