using System.Globalization;
using System.Text;
using Chorus.Core.Documents;

namespace Chorus.Core.Inputs;

/// <summary>
/// Reads WARC files, plain or gzipped one member per record. HTTP response records holding HTML become pages
/// (URL and date from the WARC headers); other records are counted by kind; a truncated or corrupt record is
/// reported with its byte offset and reading goes on with the next record.
/// </summary>
internal static class WarcReader
{
    public static void Read(string origin, byte[] bytes, InputOptions options, InputCollector batch)
    {
        var skipped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        if (BoundedGzip.HasMagic(bytes))
        {
            var members = MemberStarts(bytes);
            var inflatedSoFar = 0L;
            for (var m = 0; m < members.Count; m++)
            {
                var start = members[m];
                var end = m + 1 < members.Count ? members[m + 1] : bytes.Length;
                var inflated = BoundedGzip.Inflate(bytes.AsSpan(start, end - start), options.MaxInflatedBytes - inflatedSoFar);
                if (inflated.Bytes is null)
                {
                    batch.Problem($"{origin}@{start}", $"gzip member at byte {start}: {inflated.Failure}; skipped");
                    if (inflated.Failure!.Contains("gzip bomb", StringComparison.Ordinal))
                    {
                        break;
                    }

                    continue;
                }

                inflatedSoFar += inflated.Bytes.Length;
                ReadRecords(inflated.Bytes, origin, start, true, options, batch, skipped);
            }
        }
        else
        {
            ReadRecords(bytes, origin, 0, false, options, batch, skipped);
        }

        if (skipped.Count > 0)
        {
            var total = skipped.Values.Sum();
            batch.Notes.Add($"{origin}: {total} WARC record(s) skipped ({string.Join(", ", skipped.Select(kv => $"{kv.Key} {kv.Value}"))})");
        }
    }

    /// <summary>Offsets where a gzip member starts: the magic bytes with a valid flag byte.</summary>
    private static List<int> MemberStarts(byte[] bytes)
    {
        var starts = new List<int>();
        for (var i = 0; i + 3 < bytes.Length; i++)
        {
            if (bytes[i] == 0x1F && bytes[i + 1] == 0x8B && bytes[i + 2] == 0x08 && bytes[i + 3] < 0x20)
            {
                starts.Add(i);
            }
        }

        return starts;
    }

    private static void ReadRecords(byte[] data, string origin, int baseOffset, bool offsetIsMember, InputOptions options, InputCollector batch, SortedDictionary<string, int> skipped)
    {
        var pos = 0;
        while (pos < data.Length)
        {
            while (pos < data.Length && data[pos] is (byte)'\r' or (byte)'\n')
            {
                pos++;
            }

            if (pos >= data.Length)
            {
                break;
            }

            var offset = offsetIsMember ? baseOffset : baseOffset + pos;
            var where = $"{origin}@{offset}";
            if (!data.AsSpan(pos).StartsWith("WARC/"u8))
            {
                var next = NextRecord(data, pos + 1);
                batch.Problem(where, $"unexpected data at byte {offset} (not a WARC record); {(next < 0 ? "nothing readable after it" : $"resumed at byte {(offsetIsMember ? baseOffset : baseOffset + next)}")}");
                if (next < 0)
                {
                    return;
                }

                pos = next;
                continue;
            }

            var headerEnd = data.AsSpan(pos).IndexOf("\r\n\r\n"u8);
            if (headerEnd < 0)
            {
                batch.Problem(where, $"WARC record at byte {offset} is truncated inside its headers; skipped");
                return;
            }

            var headers = ParseHeaders(Encoding.UTF8.GetString(data, pos, headerEnd), skipFirstLine: true);
            var blockStart = pos + headerEnd + 4;
            if (!long.TryParse(headers.GetValueOrDefault("content-length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                var next = NextRecord(data, blockStart);
                batch.Problem(where, $"WARC record at byte {offset} has no valid Content-Length; skipped");
                if (next < 0)
                {
                    return;
                }

                pos = next;
                continue;
            }

            if (blockStart + length > data.Length)
            {
                batch.Problem(where, $"WARC record at byte {offset} is truncated: Content-Length {length}, only {data.Length - blockStart} bytes left; skipped");
                var next = NextRecord(data, blockStart);
                if (next < 0)
                {
                    return;
                }

                pos = next;
                continue;
            }

            ReadRecord(headers, data.AsSpan(blockStart, (int)length), where, options, batch, skipped);
            pos = blockStart + (int)length;
        }
    }

    private static int NextRecord(byte[] data, int from)
    {
        var found = data.AsSpan(from).IndexOf("\nWARC/1."u8);
        return found < 0 ? -1 : from + found + 1;
    }

    private static void ReadRecord(Dictionary<string, string> headers, ReadOnlySpan<byte> block, string where, InputOptions options, InputCollector batch, SortedDictionary<string, int> skipped)
    {
        var type = headers.GetValueOrDefault("warc-type") ?? "untyped";
        if (type != "response" || !(headers.GetValueOrDefault("content-type") ?? "").StartsWith("application/http", StringComparison.OrdinalIgnoreCase))
        {
            Count(skipped, type);
            return;
        }

        var response = HttpResponseBlock.Parse(block);
        if (response is null)
        {
            batch.Problem(where, "WARC response record holds no readable HTTP response; skipped");
            return;
        }

        if (response.Status is < 200 or >= 300)
        {
            Count(skipped, $"response with status {response.Status}");
            return;
        }

        var body = response.Body(out var failure);
        if (body is null)
        {
            batch.Problem(where, $"WARC response body: {failure}; skipped");
            return;
        }

        if (body.LongLength > options.MaxBodyBytes)
        {
            batch.Problem(where, $"archived page is {body.LongLength / (1024 * 1024)} MB, over the {options.MaxBodyBytes / (1024 * 1024)} MB page limit; skipped");
            return;
        }

        var decoded = HtmlCharset.Decode(body, response.ContentType);
        var isHtml = (response.ContentType ?? "").Contains("html", StringComparison.OrdinalIgnoreCase)
            || (decoded.Text is not null && ContentSniffer.Detect(decoded.Text) == ContentKind.Html);
        if (!isHtml || decoded.Text is null)
        {
            Count(skipped, "non-HTML response");
            return;
        }

        var date = headers.GetValueOrDefault("warc-date");
        batch.Documents.Add(new RawDocument(where, decoded.Text, ContentKind.Html)
        {
            Url = headers.GetValueOrDefault("warc-target-uri")?.Trim('<', '>'),
            DateHint = date,
            FetchedAt = DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null,
        });
    }

    private static void Count(SortedDictionary<string, int> skipped, string kind) => skipped[kind] = skipped.GetValueOrDefault(kind) + 1;

    /// <summary>Header lines "Name: value" into a dictionary keyed by lower-case name (first value wins).</summary>
    internal static Dictionary<string, string> ParseHeaders(string text, bool skipFirstLine)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n').Skip(skipFirstLine ? 1 : 0))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.TryAdd(line[..colon].Trim().ToLowerInvariant(), line[(colon + 1)..].Trim());
            }
        }

        return headers;
    }
}
