using System.Globalization;
using Npgsql;

namespace Chorus.Core.Storage;

/// <summary>
/// The schema of the PostgreSQL store as numbered migrations that follow the SQLite ones (<see cref="SqliteSchema"/>)
/// number for number, so both stores report the same schema version. The <c>chorus_meta</c> table marks a database
/// as a Chorus store and holds the number of the last applied migration. Text columns use the "C" collation so text
/// order (times, outlets) is byte order, as in SQLite, whatever the database's locale.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>An arbitrary key for the advisory lock that serialises two processes migrating one database.</summary>
    private const long MigrationLockKey = 0x4348_5253_0001;

    private const string Meta = "chorus_meta";

    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1: articles, sentences, copies, stories, membership, runs, clustering state.
        """
        CREATE TABLE runs (
            id bigserial PRIMARY KEY,
            started text COLLATE "C" NOT NULL,
            finished text COLLATE "C",
            sources text NOT NULL,
            added integer NOT NULL DEFAULT 0,
            already_stored integer NOT NULL DEFAULT 0,
            copies integer NOT NULL DEFAULT 0,
            new_stories integer NOT NULL DEFAULT 0,
            warnings integer NOT NULL DEFAULT 0);
        CREATE TABLE articles (
            seq bigserial PRIMARY KEY,
            id text COLLATE "C" NOT NULL UNIQUE,
            origin text COLLATE "C" NOT NULL,
            url text COLLATE "C",
            title text COLLATE "C",
            outlet text COLLATE "C" NOT NULL,
            published text COLLATE "C" NOT NULL,
            published_is_ingest_time integer NOT NULL,
            ingested text COLLATE "C" NOT NULL,
            run_id bigint NOT NULL REFERENCES runs(id),
            text text NOT NULL,
            raw text NOT NULL,
            raw_kind integer NOT NULL,
            title_hint text,
            outlet_hint text,
            date_hint text);
        CREATE TABLE sentences (
            article_id text COLLATE "C" NOT NULL,
            idx integer NOT NULL,
            start integer NOT NULL,
            length integer NOT NULL,
            text text NOT NULL,
            PRIMARY KEY (article_id, idx));
        CREATE TABLE copies (
            article_id text COLLATE "C" PRIMARY KEY,
            original_id text COLLATE "C" NOT NULL,
            containment double precision NOT NULL,
            jaccard double precision NOT NULL);
        CREATE TABLE stories (
            id bigint PRIMARY KEY,
            headline text COLLATE "C" NOT NULL,
            first_seen text COLLATE "C" NOT NULL,
            last_seen text COLLATE "C" NOT NULL,
            articles integer NOT NULL,
            sources integer NOT NULL,
            closed integer NOT NULL,
            centroid text NOT NULL,
            entities text NOT NULL);
        CREATE INDEX stories_open ON stories(closed) WHERE closed = 0;
        CREATE TABLE story_articles (
            article_id text COLLATE "C" PRIMARY KEY,
            story_id bigint NOT NULL,
            joined_as text COLLATE "C" NOT NULL,
            score double precision NOT NULL);
        CREATE INDEX story_articles_story ON story_articles(story_id);
        CREATE TABLE term_frequency (term text COLLATE "C" PRIMARY KEY, documents integer NOT NULL);
        CREATE TABLE state (key text COLLATE "C" PRIMARY KEY, value text NOT NULL);
        """,

        // 2: full-text search over titles and bodies: a generated tsvector column with a GIN index.
        """
        ALTER TABLE articles ADD COLUMN fts tsvector GENERATED ALWAYS AS
            (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED;
        CREATE INDEX articles_fts ON articles USING gin(fts);
        """,

        // 3: sentences become spans keyed by the article's seq, without their text (as SQLite's migration 3).
        """
        CREATE TABLE sentence_spans (
            article_seq bigint NOT NULL,
            idx integer NOT NULL,
            start integer NOT NULL,
            length integer NOT NULL,
            PRIMARY KEY (article_seq, idx));
        INSERT INTO sentence_spans(article_seq, idx, start, length)
            SELECT a.seq, s.idx, s.start, s.length FROM sentences s JOIN articles a ON a.id = s.article_id;
        DROP TABLE sentences;
        ALTER TABLE sentence_spans RENAME TO sentences;
        """,

        // 4: an open story's dense centroid (float32 little-endian, as in SQLite).
        """
        ALTER TABLE stories ADD COLUMN dense bytea;
        """,

        // 5: story versions, kept briefs, and the indexes of the story list.
        """
        ALTER TABLE stories ADD COLUMN version integer NOT NULL DEFAULT 1;
        CREATE INDEX stories_by_coverage ON stories(sources DESC, articles DESC, last_seen DESC, id);
        CREATE INDEX stories_by_time ON stories(last_seen DESC, id);
        CREATE INDEX articles_outlet ON articles(lower(outlet));
        CREATE TABLE brief_versions (
            story_id bigint NOT NULL,
            version integer NOT NULL,
            created text COLLATE "C" NOT NULL,
            built_by text NOT NULL,
            brief text NOT NULL,
            texts text NOT NULL,
            PRIMARY KEY (story_id, version));
        """,

        // 6: feed subscriptions and the items already taken from them.
        """
        CREATE TABLE feeds (
            id bigserial PRIMARY KEY,
            url text COLLATE "C" NOT NULL UNIQUE,
            title text,
            category text,
            added text COLLATE "C" NOT NULL,
            etag text,
            last_modified text,
            last_fetch text COLLATE "C",
            last_status text,
            next_fetch text COLLATE "C" NOT NULL,
            interval_seconds bigint NOT NULL,
            error text,
            failures integer NOT NULL DEFAULT 0,
            lease_holder text COLLATE "C",
            lease_expires text COLLATE "C");
        CREATE INDEX feeds_due ON feeds(next_fetch);
        CREATE TABLE feed_items (
            feed_id bigint NOT NULL,
            guid text COLLATE "C" NOT NULL,
            url text COLLATE "C",
            article_id text COLLATE "C",
            seen text COLLATE "C" NOT NULL,
            PRIMARY KEY (feed_id, guid));
        CREATE INDEX feed_items_url ON feed_items(url);
        CREATE INDEX articles_url ON articles(url);
        """,

        // 7: a feed item's fingerprint.
        """
        ALTER TABLE feed_items ADD COLUMN fingerprint text;
        """,

        // 8: the intake of `chorus node` (as SQLite's migration 8): raw documents by arrival ordinal, their chunks
        // with claims and prepared forms, and each partition's last committed chunk.
        """
        CREATE TABLE intake (
            ordinal bigserial PRIMARY KEY,
            document text NOT NULL,
            enqueued text NOT NULL);
        CREATE TABLE intake_chunks (
            chunk bigint PRIMARY KEY,
            first_ordinal bigint NOT NULL,
            last_ordinal bigint NOT NULL,
            lease_holder text,
            lease_expires text,
            prepared bytea,
            prepared_by text);
        CREATE TABLE intake_marks (
            partition text COLLATE "C" PRIMARY KEY,
            chunk bigint NOT NULL);
        """,
    ];

    public static int Latest => Migrations.Count;

    /// <summary>
    /// Refuses a database of another program or of a newer Chorus, then applies the migrations after the stored
    /// version, each in its own transaction under an advisory lock (two processes opening a fresh store at once
    /// would otherwise apply the same migration twice). Returns the version reached.
    /// </summary>
    public static int Migrate(NpgsqlConnection connection, string name)
    {
        var version = StoredVersion(connection);
        if (version is null && TableCount(connection) > 0)
        {
            throw new StoreException($"{name}: a PostgreSQL database of another program (tables but no {Meta}), not a Chorus store; left untouched (use --db to name another database)");
        }

        Refuse(version ?? 0, name);
        while ((version ?? 0) < Latest)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, $"SELECT pg_advisory_xact_lock({MigrationLockKey})");
            Execute(connection, $"CREATE TABLE IF NOT EXISTS {Meta} (key text COLLATE \"C\" PRIMARY KEY, value text NOT NULL)");
            version = StoredVersion(connection) ?? 0;
            Refuse(version.Value, name);
            if (version >= Latest)
            {
                transaction.Commit();
                break;
            }

            Execute(connection, Migrations[version.Value]);
            version++;
            Execute(connection, $"INSERT INTO {Meta}(key, value) VALUES ('schema_version', '{version.Value.ToString(CultureInfo.InvariantCulture)}') ON CONFLICT(key) DO UPDATE SET value = excluded.value");
            transaction.Commit();
        }

        return version ?? 0;
    }

    /// <summary>The stored schema version, or null when the database has no <c>chorus_meta</c> table yet.</summary>
    public static int? StoredVersion(NpgsqlConnection connection)
    {
        if (Scalar(connection, $"SELECT to_regclass('{Meta}') IS NOT NULL") is not true)
        {
            return null;
        }

        return Scalar(connection, $"SELECT value FROM {Meta} WHERE key = 'schema_version'") is string v ? int.Parse(v, CultureInfo.InvariantCulture) : 0;
    }

    public static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public static object? Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    private static void Refuse(int version, string name)
    {
        if (version > Latest)
        {
            throw new StoreException($"{name}: made by a newer Chorus (schema {version}, this one knows up to {Latest}); left untouched");
        }
    }

    private static long TableCount(NpgsqlConnection connection) =>
        (long)Scalar(connection, "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")!;
}
