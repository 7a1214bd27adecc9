using Chorus.Core.Documents;

namespace Chorus.Core.Storage;

/// <summary>A range of intake ordinals (both ends included) that is prepared and committed as one ingest batch.</summary>
public sealed record IntakeChunk(long Chunk, long FirstOrdinal, long LastOrdinal);

/// <summary>How far the intake has gone: documents enqueued, cut into chunks, chunks prepared, and the partition's mark.</summary>
public sealed record IntakeProgress(long Documents, long Chunked, long Chunks, long Prepared, long Mark)
{
    /// <summary>Every enqueued document is in a chunk and every chunk is committed into stories.</summary>
    public bool Done => Chunked == Documents && Mark == Chunks - 1;
}

/// <summary>
/// The work queue of <c>chorus node</c>, kept in the story store: raw documents get an arrival ordinal, are cut into
/// chunks in that order, claimed under a lease by any node, prepared there, and committed by one partition writer
/// in chunk order. The claims are rows in the database, so no cluster software is needed for them.
/// </summary>
public interface IIntake
{
    /// <summary>Appends documents in one transaction, in the given order; returns their first and last ordinals.</summary>
    (long First, long Last) Enqueue(IReadOnlyList<RawDocument> documents, DateTime nowUtc);

    /// <summary>
    /// Cuts the documents not yet in a chunk into chunks of <paramref name="batchSize"/>; a shorter remainder is cut
    /// only when nothing has arrived for <paramref name="quiet"/> (a stream that paused, or the end of a file).
    /// </summary>
    int CutChunks(int batchSize, TimeSpan quiet, DateTime nowUtc);

    /// <summary>Takes the oldest chunk neither prepared nor under another's unexpired lease, or null.</summary>
    IntakeChunk? Claim(string holder, TimeSpan lease, DateTime nowUtc);

    /// <summary>Extends the holder's claim (a chunk whose pages take long to fetch); false when the claim was lost.</summary>
    bool Renew(IntakeChunk chunk, string holder, TimeSpan lease, DateTime nowUtc);

    IReadOnlyList<RawDocument> Documents(IntakeChunk chunk);

    /// <summary>Stores a chunk's prepared form; false when another node stored it first.</summary>
    bool SavePrepared(IntakeChunk chunk, byte[] prepared, string holder);

    /// <summary>Whether the chunk has been cut (it may still be unprepared).</summary>
    bool IsCut(long chunk);

    /// <summary>The prepared form of a chunk, or null when it is not prepared yet.</summary>
    byte[]? Prepared(long chunk);

    /// <summary>The last chunk committed by <paramref name="partition"/> (-1 before the first); creates the mark.</summary>
    long Mark(string partition);

    /// <summary>Drops the prepared forms and raw documents of committed chunks (their articles are in the store now).</summary>
    void ForgetPrepared(long throughChunk);

    IntakeProgress Progress(string partition);
}
