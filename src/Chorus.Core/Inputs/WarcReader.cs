using System.Globalization;
using System.Text;
using Chorus.Core.Documents;

namespace Chorus.Core.Inputs;

/// <summary>What a WARC file held: one result per record read or refused, in file order, and notes (records skipped by kind).</summary>
internal sealed record WarcContents(IReadOnlyList<InputResult<RawDocument>> Records, IReadOnlyList<string> Notes);

/// <summary>
/// Reads WARC files, plain or gzipped one member per record. HTTP response records holding HTML become pages
/// (URL and date from the WARC headers); other records are counted by kind; a truncated or corrupt record is
/// reported with its byte offset and reading goes on with the next record.
/// </summary>
internal static class WarcReader
{
    public static WarcContents Read(string origin, byte[] bytes, InputOptions options)
    {
        var records = new List<InputResult<RawDocument>>();
        var skipped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        if (BoundedGzip.HasMagic(bytes))
        {
            foreach (var member in BoundedGzip.InflateMembers(origin, bytes, options.MaxInflatedBytes))
            {
                if (member.Inflated.Succeeded)
                {
                    ReadRecords(member.Inflated.Value, origin, member.Offset, true, options, records, skipped);
                }
                else
                {
                    records.Add(InputResult.Failure<RawDocument>(member.Inflated.Problem.WithOutcome("skipped")));
                }
            }
        }
        else
        {
            ReadRecords(bytes, origin, 0, false, options, records, skipped);
        }

        string[] notes = skipped.Count == 0
            ? []
            : [$"{origin}: {skipped.Values.Sum()} WARC record(s) skipped ({string.Join(", ", skipped.Select(kv => $"{kv.Key} {kv.Value}"))})"];
        return new WarcContents(records, notes);
    }

    private static void ReadRecords(byte[] data, string origin, int baseOffset, bool offsetIsMember, InputOptions options, List<InputResult<RawDocument>> records, SortedDictionary<string, int> skipped)
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
                records.Add(InputResult.Failure<RawDocument>(where, $"unexpected data at byte {offset} (not a WARC record); {(next < 0 ? "nothing readable after it" : $"resumed at byte {(offsetIsMember ? baseOffset : baseOffset + next)}")}"));
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
                records.Add(InputResult.Failure<RawDocument>(where, $"WARC record at byte {offset} is truncated inside its headers; skipped"));
                return;
            }

            var headers = ParseHeaders(Encoding.UTF8.GetString(data, pos, headerEnd), skipFirstLine: true);
            var blockStart = pos + headerEnd + 4;
            if (!long.TryParse(headers.GetValueOrDefault("content-length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                var next = NextRecord(data, blockStart);
                records.Add(InputResult.Failure<RawDocument>(where, $"WARC record at byte {offset} has no valid Content-Length; skipped"));
                if (next < 0)
                {
                    return;
                }

                pos = next;
                continue;
            }

            if (blockStart + length > data.Length)
            {
                records.Add(InputResult.Failure<RawDocument>(where, $"WARC record at byte {offset} is truncated: Content-Length {length}, only {data.Length - blockStart} bytes left; skipped"));
                var next = NextRecord(data, blockStart);
                if (next < 0)
                {
                    return;
                }

                pos = next;
                continue;
            }

            ReadRecord(headers, data.AsSpan(blockStart, (int)length), where, options, records, skipped);
            pos = blockStart + (int)length;
        }
    }

    private static int NextRecord(byte[] data, int from)
    {
        var found = data.AsSpan(from).IndexOf("\nWARC/1."u8);
        return found < 0 ? -1 : from + found + 1;
    }

    private static void ReadRecord(Dictionary<string, string> headers, ReadOnlySpan<byte> block, string where, InputOptions options, List<InputResult<RawDocument>> records, SortedDictionary<string, int> skipped)
    {
        var type = headers.GetValueOrDefault("warc-type") ?? "untyped";
        if (type != "response" || !(headers.GetValueOrDefault("content-type") ?? "").StartsWith("application/http", StringComparison.OrdinalIgnoreCase))
        {
            Count(skipped, type);
            return;
        }

        var response = HttpResponseBlock.Parse(where, block);
        if (!response.Succeeded)
        {
            records.Add(InputResult.Failure<RawDocument>(response.Problem.Prefixed("WARC response record ").WithOutcome("skipped")));
            return;
        }

        if (response.Value.Status is < 200 or >= 300)
        {
            Count(skipped, $"response with status {response.Value.Status}");
            return;
        }

        var body = response.Value.Body(where);
        if (!body.Succeeded)
        {
            records.Add(InputResult.Failure<RawDocument>(body.Problem.Prefixed("WARC response body: ").WithOutcome("skipped")));
            return;
        }

        if (body.Value.LongLength > options.MaxBodyBytes)
        {
            records.Add(InputResult.Failure<RawDocument>(where, $"archived page is {body.Value.LongLength / (1024 * 1024)} MB, over the {options.MaxBodyBytes / (1024 * 1024)} MB page limit; skipped"));
            return;
        }

        var contentType = response.Value.ContentType;
        var decoded = HtmlCharset.Decode(where, body.Value, contentType);
        var isHtml = (contentType ?? "").Contains("html", StringComparison.OrdinalIgnoreCase)
            || (decoded.Succeeded && ContentSniffer.Detect(decoded.Value.Text) == ContentKind.Html);
        if (!isHtml || !decoded.Succeeded)
        {
            Count(skipped, "non-HTML response");
            return;
        }

        var date = headers.GetValueOrDefault("warc-date");
        records.Add(InputResult.Success(new RawDocument(where, decoded.Value.Text, ContentKind.Html)
        {
            Url = headers.GetValueOrDefault("warc-target-uri")?.Trim('<', '>'),
            DateHint = date,
            FetchedAt = DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null,
        }));
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
