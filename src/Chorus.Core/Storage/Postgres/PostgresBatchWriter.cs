using System.Globalization;
using Chorus.Core.Clustering;
using Npgsql;

namespace Chorus.Core.Storage;

/// <summary>
/// Writes one batch in one transaction, as <see cref="SqliteBatchWriter"/> does: articles (skipping ids already
/// stored), sentence spans, copies, membership, merges, changed stories, document-frequency increments and counters.
/// </summary>
internal static class PostgresBatchWriter
{
    public static void Write(NpgsqlConnection connection, BatchWrite batch)
    {
        using var transaction = connection.BeginTransaction();
        // NOT EXISTS before the insert, so an article already stored takes no number from the seq sequence and
        // articles number as they do in SQLite. The article, its sentences (as arrays), its copy link and its story
        // membership go in one statement: a round trip per row made the store stage three times slower than SQLite's.
        using var article = Prepared(connection, """
            WITH added AS (
                INSERT INTO articles(id, origin, url, title, outlet, published, published_is_ingest_time, ingested, run_id,
                    text, raw, raw_kind, title_hint, outlet_hint, date_hint)
                SELECT @id, @origin, @url, @title, @outlet, @published, @ingestTime, @ingested, @run,
                    @text, @raw, @kind, @titleHint, @outletHint, @dateHint
                WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = @id)
                ON CONFLICT(id) DO NOTHING
                RETURNING seq),
            spans AS (
                INSERT INTO sentences(article_seq, idx, start, length)
                SELECT added.seq, x.i, x.s, x.l FROM added, unnest(@i, @s, @l) AS x(i, s, l)
                ON CONFLICT DO NOTHING),
            copy AS (
                INSERT INTO copies(article_id, original_id, containment, jaccard)
                SELECT @id, @original, @containment, @jaccard FROM added WHERE @original IS NOT NULL
                ON CONFLICT DO NOTHING),
            member AS (
                INSERT INTO story_articles(article_id, story_id, joined_as, score)
                SELECT @id, @story, @kind_name, @score FROM added
                ON CONFLICT DO NOTHING)
            SELECT seq FROM added
            """,
            ("id", T), ("origin", T), ("url", T), ("title", T), ("outlet", T), ("published", T), ("ingestTime", I), ("ingested", T),
            ("run", L), ("text", T), ("raw", T), ("kind", I), ("titleHint", T), ("outletHint", T), ("dateHint", T),
            ("i", Ints), ("s", Ints), ("l", Ints), ("original", T), ("containment", D), ("jaccard", D), ("story", L), ("kind_name", T), ("score", D));
        var ingested = StoreTime.Format(batch.IngestedUtc);
        var added = 0;
        foreach (var item in batch.Articles)
        {
            var a = item.Article;
            var join = item.Assignment;
            var sentences = item.Sentences;
            if (Run(article, a.Id, UrlCredentials.Strip(a.Origin), UrlCredentials.Strip(a.Url), a.Title, a.Outlet.Name, StoreTime.Format(item.Time),
                item.TimeIsIngestTime ? 1 : 0, ingested, batch.RunId, a.Text, item.Raw.Content, (int)item.Raw.Kind,
                item.Raw.TitleHint, item.Raw.OutletHint, item.Raw.DateHint,
                sentences.Select(s => s.Index).ToArray(), sentences.Select(s => s.Span.Start).ToArray(), sentences.Select(s => s.Span.Length).ToArray(),
                join.CopyOf, join.CopyContainment, join.CopyJaccard, join.StoryId, join.Kind.ToString().ToLowerInvariant(), join.Score) is long)
            {
                added++; // else already stored: ingesting the same article twice changes nothing
            }
        }

        using (var move = Prepared(connection, "UPDATE story_articles SET story_id = @into WHERE story_id = @from", ("into", L), ("from", L)))
        using (var drop = Prepared(connection, "DELETE FROM stories WHERE id = @from", ("from", L)))
        {
            foreach (var (from, into) in batch.Changes.Merges)
            {
                Run(move, into, from);
                Run(drop, from);
            }
        }

        var changes = batch.Changes;
        WriteStories(connection, changes.ChangedStories);
        using (var frequency = Prepared(connection, """
            INSERT INTO term_frequency(term, documents) SELECT t, n FROM unnest(@t, @n) AS x(t, n)
            ON CONFLICT(term) DO UPDATE SET documents = term_frequency.documents + excluded.documents
            """, ("t", Texts), ("n", Ints)))
        {
            Run(frequency, changes.FrequencyDelta.Keys.ToArray(), changes.FrequencyDelta.Values.ToArray());
        }

        using var state = Prepared(connection, "INSERT INTO state(key, value) VALUES (@k, @v) ON CONFLICT(key) DO UPDATE SET value = excluded.value", ("k", T), ("v", T));
        foreach (var (key, value) in new[]
        {
            ("documents", changes.Documents.ToString(CultureInfo.InvariantCulture)),
            ("next_story_id", changes.NextStoryId.ToString(CultureInfo.InvariantCulture)),
            ("stream_time", StoreTime.Format(changes.StreamTime)),
            ("representation", changes.Representation ?? ""),
        })
        {
            Run(state, key, value);
        }

        using var run = Sql.Command(connection, "UPDATE runs SET added = added + @n WHERE id = @id", ("n", added), ("id", batch.RunId));
        run.ExecuteNonQuery();
        if (batch.Intake is { } mark)
        {
            PostgresIntake.Advance(connection, mark);
        }

        transaction.Commit();
    }

    private static void WriteStories(NpgsqlConnection connection, IReadOnlyList<StoryProfile> stories)
    {
        // As in SQLite: a changed article count is a changed set of articles, so the story's version moves.
        using var story = Prepared(connection, """
            INSERT INTO stories(id, headline, first_seen, last_seen, articles, sources, closed, centroid, entities, dense)
            VALUES (@id, @h, @f, @l, @a, @s, @c, @terms, @entities, @dense)
            ON CONFLICT(id) DO UPDATE SET headline = excluded.headline, first_seen = excluded.first_seen,
                last_seen = excluded.last_seen, articles = excluded.articles, sources = excluded.sources,
                closed = excluded.closed, centroid = excluded.centroid, entities = excluded.entities, dense = excluded.dense,
                version = stories.version + CASE WHEN excluded.articles <> stories.articles THEN 1 ELSE 0 END
            """,
            ("id", L), ("h", T), ("f", T), ("l", T), ("a", I), ("s", I), ("c", I), ("terms", T), ("entities", T), ("dense", NpgsqlTypes.NpgsqlDbType.Bytea));
        foreach (var s in stories)
        {
            // A closed story is never compared again: its centroids are dropped to keep the store small.
            Run(story, s.Id, s.Headline, StoreTime.Format(s.FirstSeen), StoreTime.Format(s.LastSeen), s.Articles, s.IndependentSources, s.Closed ? 1 : 0,
                s.Closed ? "" : WeightsText.Write(s.Terms), s.Closed ? "" : WeightsText.Write(s.Entities), s.Closed ? null : DenseBlob.Write(s.Dense));
        }
    }

    private const NpgsqlTypes.NpgsqlDbType T = NpgsqlTypes.NpgsqlDbType.Text;
    private const NpgsqlTypes.NpgsqlDbType I = NpgsqlTypes.NpgsqlDbType.Integer;
    private const NpgsqlTypes.NpgsqlDbType L = NpgsqlTypes.NpgsqlDbType.Bigint;
    private const NpgsqlTypes.NpgsqlDbType D = NpgsqlTypes.NpgsqlDbType.Double;
    private const NpgsqlTypes.NpgsqlDbType Ints = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Integer;
    private const NpgsqlTypes.NpgsqlDbType Texts = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text;

    /// <summary>A command prepared on the server once per batch, its parameters typed so nulls need no guessing.</summary>
    private static NpgsqlCommand Prepared(NpgsqlConnection connection, string sql, params (string Name, NpgsqlTypes.NpgsqlDbType Type)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, type) in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, type));
        }

        command.Prepare();
        return command;
    }

    /// <summary>Runs the command with its parameters set in order; returns the first column of the first row, if any.</summary>
    private static object? Run(NpgsqlCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        var result = command.ExecuteScalar();
        return result is DBNull ? null : result;
    }
}
