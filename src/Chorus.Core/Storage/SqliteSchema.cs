using Microsoft.Data.Sqlite;

namespace Chorus.Core.Storage;

/// <summary>
/// The schema of the SQLite store as numbered migrations. <c>PRAGMA user_version</c> holds the number of the last
/// applied one; <c>PRAGMA application_id</c> marks the file as a Chorus database so a foreign one is refused.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>"CHRS" in ASCII: tells a Chorus database from any other SQLite file.</summary>
    public const int ApplicationId = 0x43485253;

    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1: articles, sentences, copies, stories, membership, runs, clustering state.
        """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            started TEXT NOT NULL,
            finished TEXT,
            sources TEXT NOT NULL,
            added INTEGER NOT NULL DEFAULT 0,
            already_stored INTEGER NOT NULL DEFAULT 0,
            copies INTEGER NOT NULL DEFAULT 0,
            new_stories INTEGER NOT NULL DEFAULT 0,
            warnings INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            origin TEXT NOT NULL,
            url TEXT,
            title TEXT,
            outlet TEXT NOT NULL,
            published TEXT NOT NULL,
            published_is_ingest_time INTEGER NOT NULL,
            ingested TEXT NOT NULL,
            run_id INTEGER NOT NULL REFERENCES runs(id),
            text TEXT NOT NULL,
            raw TEXT NOT NULL,
            raw_kind INTEGER NOT NULL,
            title_hint TEXT,
            outlet_hint TEXT,
            date_hint TEXT);
        CREATE TABLE sentences (
            article_id TEXT NOT NULL,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            length INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (article_id, idx)) WITHOUT ROWID;
        CREATE TABLE copies (
            article_id TEXT PRIMARY KEY,
            original_id TEXT NOT NULL,
            containment REAL NOT NULL,
            jaccard REAL NOT NULL) WITHOUT ROWID;
        CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            headline TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            articles INTEGER NOT NULL,
            sources INTEGER NOT NULL,
            closed INTEGER NOT NULL,
            centroid TEXT NOT NULL,
            entities TEXT NOT NULL);
        CREATE INDEX stories_open ON stories(closed) WHERE closed = 0;
        CREATE TABLE story_articles (
            article_id TEXT PRIMARY KEY,
            story_id INTEGER NOT NULL,
            joined_as TEXT NOT NULL,
            score REAL NOT NULL) WITHOUT ROWID;
        CREATE INDEX story_articles_story ON story_articles(story_id);
        CREATE TABLE term_frequency (term TEXT PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        """,

        // 2: full-text search over titles and bodies (an external-content FTS5 table kept in step by triggers).
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq', tokenize='porter unicode61');
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        END;
        INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
        """,

        // 3: sentences become spans keyed by the article's integer seq, without their text (the text is the
        // article's text at that span). Keyed by the hashed text id, every sentence insert landed at a random place
        // in a growing B-tree and the copy of the text tripled what each article wrote (the store stage of 20k synthetic
        // articles fell from 9.5 s to 5.2 s).
        """
        CREATE TABLE sentence_spans (
            article_seq INTEGER NOT NULL,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            length INTEGER NOT NULL,
            PRIMARY KEY (article_seq, idx)) WITHOUT ROWID;
        INSERT INTO sentence_spans(article_seq, idx, start, length)
            SELECT a.seq, s.idx, s.start, s.length FROM sentences s JOIN articles a ON a.id = s.article_id;
        DROP TABLE sentences;
        ALTER TABLE sentence_spans RENAME TO sentences;
        """,

        // 4: an open story's dense centroid (the sum of its members' embeddings, float32 little-endian), so a new run
        // scores arriving articles against it as the run that built it did; the embedder that made the vectors is
        // named in the state table (key "representation").
        """
        ALTER TABLE stories ADD COLUMN dense BLOB;
        """,

        // 5: what the web reader needs. A story's version counts changes to its articles, so a brief built for one
        // version is reused until the story changes; every built brief is kept (a later version is diffed against
        // the one before it). Indexes serve the story list in its two orders and its outlet filter.
        """
        ALTER TABLE stories ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        CREATE INDEX stories_by_coverage ON stories(sources DESC, articles DESC, last_seen DESC, id);
        CREATE INDEX stories_by_time ON stories(last_seen DESC, id);
        CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);
        CREATE TABLE brief_versions (
            story_id INTEGER NOT NULL,
            version INTEGER NOT NULL,
            created TEXT NOT NULL,
            built_by TEXT NOT NULL,
            brief TEXT NOT NULL,
            texts TEXT NOT NULL,
            PRIMARY KEY (story_id, version));
        """,

        // 6: feed subscriptions and the items already taken from them. A feed row holds what a polite poller needs
        // between runs (validators for a conditional GET, its adaptive interval, failures for back-off) and a lease
        // so two pollers on one store never fetch the same feed at once. An item is known by its feed's GUID or by
        // its URL (articles.url is indexed for the same question asked of articles ingested another way).
        """
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            title TEXT,
            category TEXT,
            added TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            last_fetch TEXT,
            last_status TEXT,
            next_fetch TEXT NOT NULL,
            interval_seconds INTEGER NOT NULL,
            error TEXT,
            failures INTEGER NOT NULL DEFAULT 0,
            lease_holder TEXT,
            lease_expires TEXT);
        CREATE INDEX feeds_due ON feeds(next_fetch);
        CREATE TABLE feed_items (
            feed_id INTEGER NOT NULL,
            guid TEXT NOT NULL,
            url TEXT,
            article_id TEXT,
            seen TEXT NOT NULL,
            PRIMARY KEY (feed_id, guid)) WITHOUT ROWID;
        CREATE INDEX feed_items_url ON feed_items(url);
        CREATE INDEX articles_url ON articles(url);
        """,

        // 7: a feed item's fingerprint (its title, content and updated date hashed), so a fetch that finds an item
        // already taken but changed replaces its article instead of ignoring it. Items taken before this migration
        // have none and are fingerprinted, not replaced, the next time they are seen.
        """
        ALTER TABLE feed_items ADD COLUMN fingerprint TEXT;
        """,

        // 8: the intake of `chorus node`: raw documents by arrival ordinal, cut into chunks (one ingest batch each)
        // that nodes claim, prepare and store; a partition's mark is the last chunk committed into stories, written
        // in the batch's own transaction. Empty in a store no node has used.
        """
        CREATE TABLE intake (
            ordinal INTEGER PRIMARY KEY AUTOINCREMENT,
            document TEXT NOT NULL,
            enqueued TEXT NOT NULL);
        CREATE TABLE intake_chunks (
            chunk INTEGER PRIMARY KEY,
            first_ordinal INTEGER NOT NULL,
            last_ordinal INTEGER NOT NULL,
            lease_holder TEXT,
            lease_expires TEXT,
            prepared BLOB,
            prepared_by TEXT);
        CREATE TABLE intake_marks (
            partition TEXT PRIMARY KEY,
            chunk INTEGER NOT NULL) WITHOUT ROWID;
        """,
    ];

    public static int Latest => Migrations.Count;

    /// <summary>Applies the migrations after the file's version, up to <paramref name="upTo"/>, each in its own transaction.</summary>
    public static void Migrate(SqliteConnection connection, int upTo)
    {
        while (UserVersion(connection) < upTo)
        {
            // BEGIN IMMEDIATE, then the version read again inside: two processes opening a fresh store at once
            // would otherwise both apply the same migration and the second would fail on tables that exist.
            using var transaction = connection.BeginTransaction(deferred: false);
            var next = UserVersion(connection) + 1;
            if (next > upTo)
            {
                break;
            }

            Execute(connection, Migrations[next - 1]);
            Execute(connection, $"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {next};");
            transaction.Commit();
        }
    }

    public static int UserVersion(SqliteConnection connection) => Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture);

    public static int StoredApplicationId(SqliteConnection connection) => Convert.ToInt32(Scalar(connection, "PRAGMA application_id"), System.Globalization.CultureInfo.InvariantCulture);

    public static long TableCount(SqliteConnection connection) => (long)Scalar(connection, "SELECT count(*) FROM sqlite_schema")!;

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
