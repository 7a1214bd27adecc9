using System.Text.Json;
using Chorus.Core.Documents;
using Npgsql;

namespace Chorus.Core.Storage;

/// <summary>
/// <see cref="IIntake"/> in the PostgreSQL store (migration 8), on the store's connection (reconnected like its other
/// operations). Enqueueing and cutting take an exclusive table lock, so ordinals commit in the order they are handed
/// out and no cut skips a document still being enqueued; claims skip rows another node has locked.
/// </summary>
internal sealed class PostgresIntake(PostgresStoryStore store) : IIntake
{
    public (long First, long Last) Enqueue(IReadOnlyList<RawDocument> documents, DateTime nowUtc) => store.Use(connection =>
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, "LOCK TABLE intake IN EXCLUSIVE MODE");
        using var insert = Sql.Command(connection, "INSERT INTO intake(document, enqueued) VALUES (@d, @t) RETURNING ordinal", ("d", ""), ("t", StoreTime.Format(nowUtc)));
        var (first, last) = (0L, 0L);
        foreach (var document in documents)
        {
            insert.Parameters["d"].Value = JsonSerializer.Serialize(document);
            last = (long)insert.ExecuteScalar()!;
            first = first == 0 ? last : first;
        }

        transaction.Commit();
        return (first, last);
    });

    public int CutChunks(int batchSize, TimeSpan quiet, DateTime nowUtc) => store.Use(connection =>
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, "LOCK TABLE intake, intake_chunks IN EXCLUSIVE MODE");
        var cut = 0;
        while (true)
        {
            var (chunk, from) = Next(connection);
            using var range = Sql.Command(connection, """
                SELECT count(*), max(ordinal), max(enqueued) FROM (
                    SELECT ordinal, enqueued FROM intake WHERE ordinal >= @from ORDER BY ordinal LIMIT @n) AS next
                """, ("from", from), ("n", batchSize));
            using var reader = range.ExecuteReader();
            reader.Read();
            var count = reader.GetInt64(0);
            if (count == 0 || (count < batchSize && StoreTime.Parse(reader.GetString(2)) > nowUtc - quiet))
            {
                break;
            }

            var to = reader.GetInt64(1);
            reader.Close();
            Execute(connection, "INSERT INTO intake_chunks(chunk, first_ordinal, last_ordinal) VALUES (@c, @f, @l)", ("c", chunk), ("f", from), ("l", to));
            cut++;
        }

        transaction.Commit();
        return cut;
    });

    public IntakeChunk? Claim(string holder, TimeSpan lease, DateTime nowUtc) => store.Use(connection =>
    {
        using var claim = Sql.Command(connection, """
            UPDATE intake_chunks SET lease_holder = @h, lease_expires = @until
            WHERE chunk = (SELECT chunk FROM intake_chunks
                WHERE prepared IS NULL AND chunk > (SELECT coalesce(max(chunk), -1) FROM intake_marks)
                    AND (lease_expires IS NULL OR lease_expires < @now)
                ORDER BY chunk LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING chunk, first_ordinal, last_ordinal
            """, ("h", holder), ("until", StoreTime.Format(nowUtc + lease)), ("now", StoreTime.Format(nowUtc)));
        using var reader = claim.ExecuteReader();
        return reader.Read() ? new IntakeChunk(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)) : null;
    });

    public bool Renew(IntakeChunk chunk, string holder, TimeSpan lease, DateTime nowUtc) => store.Use(connection =>
        Execute(connection, "UPDATE intake_chunks SET lease_expires = @until WHERE chunk = @c AND lease_holder = @h AND prepared IS NULL",
            ("until", StoreTime.Format(nowUtc + lease)), ("c", chunk.Chunk), ("h", holder)) == 1);

    public IReadOnlyList<RawDocument> Documents(IntakeChunk chunk) => store.Use(connection =>
    {
        using var select = Sql.Command(connection, "SELECT document FROM intake WHERE ordinal BETWEEN @f AND @l ORDER BY ordinal", ("f", chunk.FirstOrdinal), ("l", chunk.LastOrdinal));
        using var reader = select.ExecuteReader();
        var documents = new List<RawDocument>();
        while (reader.Read())
        {
            documents.Add(JsonSerializer.Deserialize<RawDocument>(reader.GetString(0))!);
        }

        return (IReadOnlyList<RawDocument>)documents;
    });

    public bool SavePrepared(IntakeChunk chunk, byte[] prepared, string holder) => store.Use(connection =>
        Execute(connection, "UPDATE intake_chunks SET prepared = @p, prepared_by = @h WHERE chunk = @c AND prepared IS NULL", ("p", prepared), ("h", holder), ("c", chunk.Chunk)) == 1);

    public bool IsCut(long chunk) => store.Use(connection =>
    {
        using var select = Sql.Command(connection, "SELECT EXISTS(SELECT 1 FROM intake_chunks WHERE chunk = @c)", ("c", chunk));
        return select.ExecuteScalar() is true;
    });

    public byte[]? Prepared(long chunk) => store.Use(connection =>
    {
        using var select = Sql.Command(connection, "SELECT prepared FROM intake_chunks WHERE chunk = @c", ("c", chunk));
        return select.ExecuteScalar() is byte[] { Length: > 0 } bytes ? bytes : null;
    });

    public long Mark(string partition) => store.Use(connection =>
    {
        Execute(connection, "INSERT INTO intake_marks(partition, chunk) VALUES (@p, -1) ON CONFLICT DO NOTHING", ("p", partition));
        using var select = Sql.Command(connection, "SELECT chunk FROM intake_marks WHERE partition = @p", ("p", partition));
        return (long)select.ExecuteScalar()!;
    });

    // An empty value, not NULL: NULL means "not prepared yet" to Claim. A document's row stays, emptied, as the count
    // of what was enqueued.
    public void ForgetPrepared(long throughChunk) => store.Use(connection =>
        Execute(connection, """
            UPDATE intake_chunks SET prepared = '\x'::bytea WHERE chunk <= @c AND length(prepared) > 0;
            UPDATE intake SET document = '' WHERE ordinal <= (SELECT last_ordinal FROM intake_chunks WHERE chunk = @c) AND document <> ''
            """, ("c", throughChunk)));

    public IntakeProgress Progress(string partition) => store.Use(connection =>
    {
        using var select = Sql.Command(connection, """
            SELECT (SELECT count(*) FROM intake),
                   (SELECT count(*) FROM intake WHERE ordinal <= (SELECT coalesce(max(last_ordinal), 0) FROM intake_chunks)),
                   (SELECT count(*) FROM intake_chunks),
                   (SELECT count(*) FROM intake_chunks WHERE prepared IS NOT NULL),
                   coalesce((SELECT chunk FROM intake_marks WHERE partition = @p), -1)
            """, ("p", partition));
        using var reader = select.ExecuteReader();
        reader.Read();
        return new IntakeProgress(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    });

    /// <summary>
    /// Moves a partition's mark inside the batch's transaction, only from the chunk just before: a writer that lost
    /// its partition to another that committed the chunk first fails here, and its whole batch rolls back.
    /// </summary>
    internal static void Advance(NpgsqlConnection connection, IntakeMark mark)
    {
        if (Execute(connection, "UPDATE intake_marks SET chunk = @c WHERE partition = @p AND chunk = @c - 1", ("c", mark.Chunk), ("p", mark.Partition)) != 1)
        {
            throw new StoreException($"intake chunk {mark.Chunk} of partition '{mark.Partition}' was already committed by another writer; this batch is not stored");
        }
    }

    private static (long Chunk, long From) Next(NpgsqlConnection connection)
    {
        using var select = Sql.Command(connection, "SELECT coalesce(max(chunk), -1) + 1, coalesce(max(last_ordinal), 0) + 1 FROM intake_chunks");
        using var reader = select.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static int Execute(NpgsqlConnection connection, string sql, params (string Name, object? Value)[] values)
    {
        using var command = Sql.Command(connection, sql, values);
        return command.ExecuteNonQuery();
    }
}
