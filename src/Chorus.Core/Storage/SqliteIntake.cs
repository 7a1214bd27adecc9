using System.Text.Json;
using Chorus.Core.Documents;
using Microsoft.Data.Sqlite;

namespace Chorus.Core.Storage;

/// <summary>
/// <see cref="IIntake"/> in the SQLite store (migration 8), on the store's own connection. Cutting and claiming
/// run in <c>BEGIN IMMEDIATE</c> transactions, so nodes sharing the file see one another's cuts and claims whole.
/// </summary>
public sealed class SqliteIntake(SqliteStoryStore store) : IIntake
{
    private readonly SqliteConnection connection = store.Connection;

    public (long First, long Last) Enqueue(IReadOnlyList<RawDocument> documents, DateTime nowUtc)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        using var insert = Command("INSERT INTO intake(document, enqueued) VALUES ($d, $t) RETURNING ordinal");
        var (first, last) = (0L, 0L);
        foreach (var document in documents)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$d", JsonSerializer.Serialize(document));
            insert.Parameters.AddWithValue("$t", StoreTime.Format(nowUtc));
            last = (long)insert.ExecuteScalar()!;
            first = first == 0 ? last : first;
        }

        transaction.Commit();
        return (first, last);
    }

    public int CutChunks(int batchSize, TimeSpan quiet, DateTime nowUtc)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        var cut = 0;
        while (true)
        {
            var (chunk, from) = Next();
            using var range = Command("""
                SELECT count(*), max(ordinal), max(enqueued) FROM (
                    SELECT ordinal, enqueued FROM intake WHERE ordinal >= $from ORDER BY ordinal LIMIT $n)
                """, ("$from", from), ("$n", batchSize));
            using var reader = range.ExecuteReader();
            reader.Read();
            var count = reader.GetInt64(0);
            var full = count == batchSize;
            if (count == 0 || (!full && StoreTime.Parse(reader.GetString(2)) > nowUtc - quiet))
            {
                break;
            }

            var to = reader.GetInt64(1);
            reader.Close();
            Execute("INSERT INTO intake_chunks(chunk, first_ordinal, last_ordinal) VALUES ($c, $f, $l)", ("$c", chunk), ("$f", from), ("$l", to));
            cut++;
        }

        transaction.Commit();
        return cut;
    }

    public IntakeChunk? Claim(string holder, TimeSpan lease, DateTime nowUtc)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        using var claim = Command("""
            UPDATE intake_chunks SET lease_holder = $h, lease_expires = $until
            WHERE chunk = (SELECT chunk FROM intake_chunks
                WHERE prepared IS NULL AND chunk > (SELECT coalesce(max(chunk), -1) FROM intake_marks)
                    AND (lease_expires IS NULL OR lease_expires < $now)
                ORDER BY chunk LIMIT 1)
            RETURNING chunk, first_ordinal, last_ordinal
            """, ("$h", holder), ("$until", StoreTime.Format(nowUtc + lease)), ("$now", StoreTime.Format(nowUtc)));
        using var reader = claim.ExecuteReader();
        var taken = reader.Read() ? new IntakeChunk(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)) : null;
        reader.Close();
        transaction.Commit();
        return taken;
    }

    public bool Renew(IntakeChunk chunk, string holder, TimeSpan lease, DateTime nowUtc) =>
        Execute("UPDATE intake_chunks SET lease_expires = $until WHERE chunk = $c AND lease_holder = $h AND prepared IS NULL",
            ("$until", StoreTime.Format(nowUtc + lease)), ("$c", chunk.Chunk), ("$h", holder)) == 1;

    public IReadOnlyList<RawDocument> Documents(IntakeChunk chunk)
    {
        using var select = Command("SELECT document FROM intake WHERE ordinal BETWEEN $f AND $l ORDER BY ordinal", ("$f", chunk.FirstOrdinal), ("$l", chunk.LastOrdinal));
        using var reader = select.ExecuteReader();
        var documents = new List<RawDocument>();
        while (reader.Read())
        {
            documents.Add(JsonSerializer.Deserialize<RawDocument>(reader.GetString(0))!);
        }

        return documents;
    }

    public bool SavePrepared(IntakeChunk chunk, byte[] prepared, string holder) =>
        Execute("UPDATE intake_chunks SET prepared = $p, prepared_by = $h WHERE chunk = $c AND prepared IS NULL", ("$p", prepared), ("$h", holder), ("$c", chunk.Chunk)) == 1;

    public bool IsCut(long chunk)
    {
        using var select = Command("SELECT EXISTS(SELECT 1 FROM intake_chunks WHERE chunk = $c)", ("$c", chunk));
        return (long)select.ExecuteScalar()! == 1;
    }

    public byte[]? Prepared(long chunk)
    {
        using var select = Command("SELECT prepared FROM intake_chunks WHERE chunk = $c", ("$c", chunk));
        return select.ExecuteScalar() as byte[] is { Length: > 0 } bytes ? bytes : null;
    }

    public long Mark(string partition)
    {
        Execute("INSERT OR IGNORE INTO intake_marks(partition, chunk) VALUES ($p, -1)", ("$p", partition));
        using var select = Command("SELECT chunk FROM intake_marks WHERE partition = $p", ("$p", partition));
        return (long)select.ExecuteScalar()!;
    }

    // An empty blob, not NULL: NULL means "not prepared yet" to Claim. A document's row stays, emptied, as the count
    // of what was enqueued.
    public void ForgetPrepared(long throughChunk)
    {
        using var transaction = connection.BeginTransaction();
        Execute("UPDATE intake_chunks SET prepared = x'' WHERE chunk <= $c AND length(prepared) > 0", ("$c", throughChunk));
        Execute("UPDATE intake SET document = '' WHERE ordinal <= (SELECT last_ordinal FROM intake_chunks WHERE chunk = $c) AND document <> ''", ("$c", throughChunk));
        transaction.Commit();
    }

    public IntakeProgress Progress(string partition)
    {
        using var select = Command("""
            SELECT (SELECT count(*) FROM intake),
                   (SELECT count(*) FROM intake WHERE ordinal <= (SELECT coalesce(max(last_ordinal), 0) FROM intake_chunks)),
                   (SELECT count(*) FROM intake_chunks),
                   (SELECT count(*) FROM intake_chunks WHERE prepared IS NOT NULL),
                   (SELECT coalesce((SELECT chunk FROM intake_marks WHERE partition = $p), -1))
            """, ("$p", partition));
        using var reader = select.ExecuteReader();
        reader.Read();
        return new IntakeProgress(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }

    /// <summary>
    /// Moves a partition's mark to <paramref name="mark"/>'s chunk inside the batch's transaction, only from the chunk
    /// just before it: a writer that lost its partition to another (which committed the chunk first) fails here and
    /// its whole batch rolls back, so no chunk is ever stored twice.
    /// </summary>
    internal static void Advance(SqliteConnection connection, IntakeMark mark)
    {
        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE intake_marks SET chunk = $c WHERE partition = $p AND chunk = $c - 1";
        update.Parameters.AddWithValue("$c", mark.Chunk);
        update.Parameters.AddWithValue("$p", mark.Partition);
        if (update.ExecuteNonQuery() != 1)
        {
            throw new StoreException($"intake chunk {mark.Chunk} of partition '{mark.Partition}' was already committed by another writer; this batch is not stored");
        }
    }

    private (long Chunk, long From) Next()
    {
        using var select = Command("SELECT coalesce(max(chunk), -1) + 1, coalesce(max(last_ordinal), 0) + 1 FROM intake_chunks");
        using var reader = select.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private int Execute(string sql, params (string Name, object Value)[] values)
    {
        using var command = Command(sql, values);
        return command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params (string Name, object Value)[] values)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
