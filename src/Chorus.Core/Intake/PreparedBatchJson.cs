using System.IO.Compression;
using System.Text.Json;
using Chorus.Core.Pipeline;

namespace Chorus.Core.Intake;

/// <summary>
/// A prepared batch as stored in the intake (gzipped JSON): the node that prepared a chunk and the one that
/// commits it may differ, and the writer must cluster exactly what the preparer made.
/// </summary>
internal static class PreparedBatchJson
{
    private static readonly JsonSerializerOptions Options = new() { IncludeFields = false };

    public static byte[] Write(PreparedBatch batch)
    {
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            JsonSerializer.Serialize(zip, batch, Options);
        }

        return buffer.ToArray();
    }

    public static PreparedBatch Read(byte[] bytes)
    {
        using var zip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<PreparedBatch>(zip, Options) ?? throw new InvalidDataException("an empty prepared batch");
    }
}
