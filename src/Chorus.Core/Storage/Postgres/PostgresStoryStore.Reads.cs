using Chorus.Core.Documents;
using Npgsql;

namespace Chorus.Core.Storage;

/// <summary>The read side of the PostgreSQL store: story lists, a story's articles, saved briefs.</summary>
public sealed partial class PostgresStoryStore
{
    private const string StoryColumns = "id, headline, sources, articles, first_seen, last_seen, closed, version";

    public IReadOnlyList<StoryRow> Stories(StoryQuery query) => Use(c =>
    {
        using var command = Sql.Command(c, $"""
            SELECT {StoryColumns} FROM stories
            WHERE sources >= @min AND last_seen >= @since
            ORDER BY sources DESC, articles DESC, last_seen DESC, id
            LIMIT @limit
            """, ("min", query.MinSources), ("since", query.Since is { } since ? StoreTime.Format(since) : ""), ("limit", query.Limit));
        return (IReadOnlyList<StoryRow>)ReadStories(command, out _);
    });

    public StoryRow? Story(long storyId) => Use(c =>
    {
        using var command = Sql.Command(c, $"SELECT {StoryColumns} FROM stories WHERE id = @id", ("id", storyId));
        return ReadStories(command, out _).FirstOrDefault();
    });

    public IReadOnlyList<StoredDocument> StoryDocuments(long storyId) => Use(c =>
    {
        using var command = Sql.Command(c, """
            SELECT a.id, a.origin, a.raw, a.raw_kind, a.url, a.title_hint, a.outlet_hint, a.date_hint, a.published, a.published_is_ingest_time
            FROM story_articles s JOIN articles a ON a.id = s.article_id
            WHERE s.story_id = @id
            ORDER BY a.published, a.seq
            """, ("id", storyId));
        using var reader = command.ExecuteReader();
        var documents = new List<StoredDocument>();
        while (reader.Read())
        {
            var raw = new RawDocument(reader.GetString(1), reader.GetString(2), (ContentKind)reader.GetInt32(3))
            {
                Url = Sql.Text(reader, 4),
                TitleHint = Sql.Text(reader, 5),
                OutletHint = Sql.Text(reader, 6),
                DateHint = Sql.Text(reader, 7),
            };
            documents.Add(new StoredDocument(reader.GetString(0), raw, StoreTime.Parse(reader.GetString(8)), reader.GetInt32(9) == 1));
        }

        return (IReadOnlyList<StoredDocument>)documents;
    });

    public StoredBrief? Brief(long storyId, int version) => Use(c =>
    {
        using var command = Sql.Command(c, "SELECT created, built_by, brief, texts FROM brief_versions WHERE story_id = @id AND version = @v", ("id", storyId), ("v", version));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new StoredBrief(storyId, version, StoreTime.Parse(reader.GetString(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3))
            : null;
    });

    /// <summary>The versions of a story that have a saved brief, newest first.</summary>
    public IReadOnlyList<int> BriefVersions(long storyId) => Use(c =>
    {
        using var command = Sql.Command(c, "SELECT version FROM brief_versions WHERE story_id = @id ORDER BY version DESC", ("id", storyId));
        using var reader = command.ExecuteReader();
        var versions = new List<int>();
        while (reader.Read())
        {
            versions.Add(reader.GetInt32(0));
        }

        return (IReadOnlyList<int>)versions;
    });

    /// <summary>
    /// Saves a built brief; one built by another Chorus build for the same version is replaced. Returns false when
    /// another writer held the row too long (the brief is then simply not saved).
    /// </summary>
    public bool SaveBrief(StoredBrief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        return Use(c =>
        {
            using var command = Sql.Command(c, """
                INSERT INTO brief_versions(story_id, version, created, built_by, brief, texts) VALUES (@id, @v, @created, @by, @brief, @texts)
                ON CONFLICT(story_id, version) DO UPDATE SET created = excluded.created, built_by = excluded.built_by,
                    brief = excluded.brief, texts = excluded.texts
                """, ("id", brief.StoryId), ("v", brief.Version), ("created", StoreTime.Format(brief.Created)), ("by", brief.BuiltBy),
                ("brief", brief.BriefJson), ("texts", brief.TextsJson));
            command.CommandTimeout = 1;
            try
            {
                command.ExecuteNonQuery();
                return true;
            }
            catch (NpgsqlException e) when (e.InnerException is TimeoutException || e is PostgresException { SqlState: "57014" })
            {
                return false; // cancelled after waiting for a lock another writer held
            }
        });
    }

    /// <summary>Story rows of <see cref="StoryColumns"/>; a count in the column after them is read into <paramref name="counts"/>.</summary>
    private static List<StoryRow> ReadStories(NpgsqlCommand command, out List<int> counts)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<StoryRow>();
        counts = [];
        while (reader.Read())
        {
            rows.Add(new StoryRow(reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3),
                StoreTime.Parse(reader.GetString(4)), StoreTime.Parse(reader.GetString(5)), reader.GetInt32(6) == 1)
            { Version = reader.GetInt32(7) });
            if (reader.FieldCount > 8)
            {
                counts.Add(Sql.Int(reader, 8));
            }
        }

        return rows;
    }
}
