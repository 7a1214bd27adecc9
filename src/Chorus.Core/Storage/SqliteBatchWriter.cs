using Chorus.Core.Clustering;
using Microsoft.Data.Sqlite;

namespace Chorus.Core.Storage;

/// <summary>
/// Writes one batch in one transaction: articles (skipping ids already stored), sentences, copies, story
/// membership, story merges, changed stories, document-frequency increments and the clusterer's counters.
/// </summary>
internal static class SqliteBatchWriter
{
    /// <summary>The schema from which sentences are spans keyed by the article's seq (see migration 3).</summary>
    public const int SentenceSpansSchema = 3;

    /// <summary>The schema from which stories keep their dense centroid (see migration 4).</summary>
    public const int DenseCentroidSchema = 4;

    /// <summary>The schema from which a story has a version that its article changes advance (see migration 5).</summary>
    public const int StoryVersionSchema = 5;

    public static void Write(SqliteConnection connection, BatchWrite batch, int schemaVersion)
    {
        using var transaction = connection.BeginTransaction();
        using var article = Command(connection, """
            INSERT INTO articles(id, origin, url, title, outlet, published, published_is_ingest_time, ingested, run_id,
                text, raw, raw_kind, title_hint, outlet_hint, date_hint)
            VALUES ($id, $origin, $url, $title, $outlet, $published, $ingestTime, $ingested, $run,
                $text, $raw, $kind, $titleHint, $outletHint, $dateHint)
            ON CONFLICT(id) DO NOTHING
            RETURNING seq
            """);
        var spans = schemaVersion >= SentenceSpansSchema;
        using var sentence = Command(connection, spans
            ? "INSERT OR IGNORE INTO sentences(article_seq, idx, start, length) VALUES ($a, $i, $s, $l)"
            : "INSERT OR IGNORE INTO sentences(article_id, idx, start, length, text) VALUES ($a, $i, $s, $l, $t)");
        using var copy = Command(connection, "INSERT OR IGNORE INTO copies(article_id, original_id, containment, jaccard) VALUES ($a, $o, $c, $j)");
        using var member = Command(connection, "INSERT OR IGNORE INTO story_articles(article_id, story_id, joined_as, score) VALUES ($a, $s, $k, $score)");
        var ingested = StoreTime.Format(batch.IngestedUtc);
        var added = 0;
        foreach (var item in batch.Articles)
        {
            var a = item.Article;
            Set(article, ("$id", a.Id), ("$origin", UrlCredentials.Strip(a.Origin)), ("$url", UrlCredentials.Strip(a.Url)), ("$title", a.Title), ("$outlet", a.Outlet.Name),
                ("$published", StoreTime.Format(item.Time)), ("$ingestTime", item.TimeIsIngestTime ? 1 : 0), ("$ingested", ingested),
                ("$run", batch.RunId), ("$text", a.Text), ("$raw", item.Raw.Content), ("$kind", (int)item.Raw.Kind),
                ("$titleHint", item.Raw.TitleHint), ("$outletHint", item.Raw.OutletHint), ("$dateHint", item.Raw.DateHint));
            if (article.ExecuteScalar() is not long seq)
            {
                continue; // already stored: ingesting the same article twice changes nothing
            }

            added++;
            foreach (var s in item.Sentences)
            {
                if (spans)
                {
                    Set(sentence, ("$a", seq), ("$i", s.Index), ("$s", s.Span.Start), ("$l", s.Span.Length));
                }
                else
                {
                    Set(sentence, ("$a", a.Id), ("$i", s.Index), ("$s", s.Span.Start), ("$l", s.Span.Length), ("$t", s.Text));
                }

                sentence.ExecuteNonQuery();
            }

            var join = item.Assignment;
            if (join.CopyOf is { } original)
            {
                Set(copy, ("$a", a.Id), ("$o", original), ("$c", join.CopyContainment), ("$j", join.CopyJaccard));
                copy.ExecuteNonQuery();
            }

            Set(member, ("$a", a.Id), ("$s", join.StoryId), ("$k", join.Kind.ToString().ToLowerInvariant()), ("$score", join.Score));
            member.ExecuteNonQuery();
        }

        using (var merge = Command(connection, "UPDATE story_articles SET story_id = $into WHERE story_id = $from; DELETE FROM stories WHERE id = $from;"))
        {
            foreach (var (from, into) in batch.Changes.Merges)
            {
                Set(merge, ("$from", from), ("$into", into));
                merge.ExecuteNonQuery();
            }
        }

        var changes = batch.Changes;
        WriteStories(connection, changes.ChangedStories, schemaVersion >= DenseCentroidSchema, schemaVersion >= StoryVersionSchema);
        WriteFrequencies(connection, changes.FrequencyDelta);
        using var state = Command(connection, "INSERT INTO state(key, value) VALUES ($k, $v) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        foreach (var (key, value) in new[]
        {
            ("documents", changes.Documents.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("next_story_id", changes.NextStoryId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("stream_time", StoreTime.Format(changes.StreamTime)),
            ("representation", changes.Representation ?? ""),
        })
        {
            Set(state, ("$k", key), ("$v", value));
            state.ExecuteNonQuery();
        }

        using var run = Command(connection, "UPDATE runs SET added = added + $n WHERE id = $id");
        Set(run, ("$n", added), ("$id", batch.RunId));
        run.ExecuteNonQuery();
        if (batch.Intake is { } mark)
        {
            SqliteIntake.Advance(connection, mark);
        }

        transaction.Commit();
    }

    private static void WriteStories(SqliteConnection connection, IReadOnlyList<StoryProfile> stories, bool dense, bool versioned)
    {
        // Articles only ever join a story (a merge moves all of one story's articles into another), so a changed
        // count is a changed set of articles: the version moves, and a brief cached for the old version is stale.
        var version = versioned ? ", version = stories.version + (excluded.articles <> stories.articles)" : "";
        using var story = Command(connection, dense
            ? $"""
            INSERT INTO stories(id, headline, first_seen, last_seen, articles, sources, closed, centroid, entities, dense)
            VALUES ($id, $h, $f, $l, $a, $s, $c, $terms, $entities, $dense)
            ON CONFLICT(id) DO UPDATE SET headline = excluded.headline, first_seen = excluded.first_seen,
                last_seen = excluded.last_seen, articles = excluded.articles, sources = excluded.sources,
                closed = excluded.closed, centroid = excluded.centroid, entities = excluded.entities, dense = excluded.dense{version}
            """
            : $"""
            INSERT INTO stories(id, headline, first_seen, last_seen, articles, sources, closed, centroid, entities)
            VALUES ($id, $h, $f, $l, $a, $s, $c, $terms, $entities)
            ON CONFLICT(id) DO UPDATE SET headline = excluded.headline, first_seen = excluded.first_seen,
                last_seen = excluded.last_seen, articles = excluded.articles, sources = excluded.sources,
                closed = excluded.closed, centroid = excluded.centroid, entities = excluded.entities{version}
            """);
        foreach (var s in stories)
        {
            // A closed story is never compared again: its centroids are dropped to keep the file small.
            var values = new List<(string, object?)>
            {
                ("$id", s.Id), ("$h", s.Headline), ("$f", StoreTime.Format(s.FirstSeen)), ("$l", StoreTime.Format(s.LastSeen)),
                ("$a", s.Articles), ("$s", s.IndependentSources), ("$c", s.Closed ? 1 : 0),
                ("$terms", s.Closed ? "" : WeightsText.Write(s.Terms)), ("$entities", s.Closed ? "" : WeightsText.Write(s.Entities)),
            };
            if (dense)
            {
                values.Add(("$dense", s.Closed ? null : DenseBlob.Write(s.Dense)));
            }

            Set(story, [.. values]);
            story.ExecuteNonQuery();
        }
    }

    private static void WriteFrequencies(SqliteConnection connection, IReadOnlyDictionary<string, int> delta)
    {
        using var frequency = Command(connection, """
            INSERT INTO term_frequency(term, documents) VALUES ($t, $n)
            ON CONFLICT(term) DO UPDATE SET documents = documents + excluded.documents
            """);
        foreach (var (term, n) in delta)
        {
            Set(frequency, ("$t", term), ("$n", n));
            frequency.ExecuteNonQuery();
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static void Set(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        if (command.Parameters.Count == 0)
        {
            foreach (var (name, _) in values)
            {
                command.Parameters.Add(new SqliteParameter(name, null));
            }

            command.Prepare();
        }

        foreach (var (name, value) in values)
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
        }
    }
}
