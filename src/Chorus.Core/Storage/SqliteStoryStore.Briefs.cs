using Microsoft.Data.Sqlite;

namespace Chorus.Core.Storage;

/// <summary>Briefs built per story version (migration 5): read the one for a version, save a new one, keep the old.</summary>
public sealed partial class SqliteStoryStore
{
    /// <summary>
    /// Seconds a brief's save waits for another writer (an ingest) to finish its batch: the brief is already built
    /// and shown, so giving up costs only a rebuild on a later view, while waiting would hold the reader's page.
    /// </summary>
    private const int BriefSaveWaitSeconds = 1;

    public StoredBrief? Brief(long storyId, int version)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT created, built_by, brief, texts FROM brief_versions WHERE story_id = $id AND version = $v";
        command.Parameters.AddWithValue("$id", storyId);
        command.Parameters.AddWithValue("$v", version);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new StoredBrief(storyId, version, StoreTime.Parse(reader.GetString(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3))
            : null;
    }

    /// <summary>The versions of a story that have a saved brief, newest first.</summary>
    public IReadOnlyList<int> BriefVersions(long storyId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM brief_versions WHERE story_id = $id ORDER BY version DESC";
        command.Parameters.AddWithValue("$id", storyId);
        using var reader = command.ExecuteReader();
        var versions = new List<int>();
        while (reader.Read())
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    /// <summary>
    /// Saves a built brief; one built by another Chorus build for the same version is replaced. Returns false when
    /// another writer held the store too long (the brief is then simply not saved).
    /// </summary>
    public bool SaveBrief(StoredBrief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        using var command = connection.CreateCommand();
        command.CommandTimeout = BriefSaveWaitSeconds;
        command.CommandText = """
            INSERT INTO brief_versions(story_id, version, created, built_by, brief, texts) VALUES ($id, $v, $created, $by, $brief, $texts)
            ON CONFLICT(story_id, version) DO UPDATE SET created = excluded.created, built_by = excluded.built_by,
                brief = excluded.brief, texts = excluded.texts
            """;
        command.Parameters.AddWithValue("$id", brief.StoryId);
        command.Parameters.AddWithValue("$v", brief.Version);
        command.Parameters.AddWithValue("$created", StoreTime.Format(brief.Created));
        command.Parameters.AddWithValue("$by", brief.BuiltBy);
        command.Parameters.AddWithValue("$brief", brief.BriefJson);
        command.Parameters.AddWithValue("$texts", brief.TextsJson);
        try
        {
            command.ExecuteNonQuery();
            return true;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            return false; // SQLITE_BUSY / SQLITE_LOCKED: an ingest is writing
        }
    }
}
