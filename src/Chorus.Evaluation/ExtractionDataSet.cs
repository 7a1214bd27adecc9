using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Chorus.Evaluation;

/// <summary>A published extractor's scores on a benchmark half, as listed in <c>reference-scores.json</c>.</summary>
public sealed record ReferenceScore(string Extractor, string Version, double Precision, double Recall, double F1, double Accuracy);

/// <summary>One page of the benchmark: its id, the page URL, and the human-annotated article body.</summary>
public sealed record BenchmarkPage(string Id, string Url, string Truth);

/// <summary>
/// A half of the article-extraction benchmark on disk: <c>ground-truth.json</c>, <c>html/&lt;id&gt;.html.gz</c>,
/// <c>extractor-output/&lt;name&gt;.json</c> and <c>reference-scores.json</c>.
/// </summary>
public sealed class ExtractionDataSet
{
    private ExtractionDataSet(string folder, IReadOnlyList<BenchmarkPage> pages)
    {
        Folder = folder;
        Pages = pages;
    }

    public string Folder { get; }

    public IReadOnlyList<BenchmarkPage> Pages { get; }

    public IReadOnlyDictionary<string, string> Truth => Pages.ToDictionary(p => p.Id, p => p.Truth);

    public static ExtractionDataSet Load(string folder)
    {
        var truthPath = Path.Combine(folder, "ground-truth.json");
        if (!File.Exists(truthPath))
        {
            throw new FileNotFoundException($"{folder} is not an article-extraction data set: ground-truth.json is missing", truthPath);
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(truthPath));
        var pages = json.RootElement.EnumerateObject()
            .Select(p => new BenchmarkPage(
                p.Name,
                p.Value.TryGetProperty("url", out var url) ? url.GetString() ?? "" : "",
                p.Value.GetProperty("articleBody").GetString() ?? ""))
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        return new ExtractionDataSet(folder, pages);
    }

    /// <summary>The page's HTML, decompressed and decoded as UTF-8 (as the benchmark stores it).</summary>
    public byte[] HtmlBytes(BenchmarkPage page)
    {
        using var file = File.OpenRead(Path.Combine(Folder, "html", page.Id + ".html.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }

    public string Html(BenchmarkPage page) => Encoding.UTF8.GetString(HtmlBytes(page));

    /// <summary>The names of the published outputs under <c>extractor-output/</c>.</summary>
    public IReadOnlyList<string> PublishedExtractors()
    {
        var dir = Path.Combine(Folder, "extractor-output");
        return Directory.Exists(dir)
            ? Directory.GetFiles(dir, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
    }

    public IReadOnlyDictionary<string, string> PublishedOutput(string extractor)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, "extractor-output", extractor + ".json")));
        return json.RootElement.GetProperty("output").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.TryGetProperty("articleBody", out var body) ? body.GetString() ?? "" : "");
    }

    public IReadOnlyList<ReferenceScore> ReferenceScores()
    {
        var path = Path.Combine(Folder, "reference-scores.json");
        if (!File.Exists(path))
        {
            return [];
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        return json.RootElement.EnumerateObject()
            .Select(p => new ReferenceScore(
                p.Name,
                p.Value.TryGetProperty("version", out var v) ? v.GetString() ?? "" : "",
                p.Value.GetProperty("precision").GetDouble(),
                p.Value.GetProperty("recall").GetDouble(),
                p.Value.GetProperty("f1").GetDouble(),
                p.Value.GetProperty("accuracy").GetDouble()))
            .OrderBy(r => r.Extractor, StringComparer.Ordinal)
            .ToList();
    }
}
