using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Chorus.Core.Documents;
using static Chorus.Evaluation.JsonFields;

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
    private ExtractionDataSet(string folder, IReadOnlyList<BenchmarkPage> pages, IReadOnlyList<ReferenceScore> referenceScores)
    {
        Folder = folder;
        Pages = pages;
        ReferenceScores = referenceScores;
    }

    public string Folder { get; }

    public IReadOnlyList<BenchmarkPage> Pages { get; }

    /// <summary>The published extractors' scores from <c>reference-scores.json</c> (none when the file is absent).</summary>
    public IReadOnlyList<ReferenceScore> ReferenceScores { get; }

    /// <summary>The same half restricted to <paramref name="pages"/> (a quick check over part of it).</summary>
    public ExtractionDataSet WithPages(IReadOnlyList<BenchmarkPage> pages) => new(Folder, pages, ReferenceScores);

    public IReadOnlyDictionary<string, string> Truth => Pages.ToDictionary(p => p.Id, p => p.Truth);

    /// <summary>
    /// The benchmark half in <paramref name="folder"/>, or a problem naming the file that is missing or malformed
    /// (ground truth, a page's HTML, the reference scores).
    /// </summary>
    public static InputResult<ExtractionDataSet> Load(string folder)
    {
        var truthPath = Path.Combine(folder, "ground-truth.json");
        if (!File.Exists(truthPath))
        {
            return InputResult.Failure<ExtractionDataSet>(folder, "not an article-extraction data set: ground-truth.json is missing", ProblemSeverity.Error);
        }

        var pages = ReadJson(truthPath, "the ground truth (an object of pages with articleBody)", root => root.EnumerateObject()
            .Select(p => new BenchmarkPage(
                p.Name,
                p.Value.TryGetProperty("url", out var url) ? url.GetString() ?? "" : "",
                Required(p.Value, "articleBody").GetString() ?? ""))
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList());
        if (!pages.Succeeded)
        {
            return InputResult.Failure<ExtractionDataSet>(pages.Problem);
        }

        if (pages.Value.FirstOrDefault(p => !File.Exists(HtmlPath(folder, p))) is { } missing)
        {
            return InputResult.Failure<ExtractionDataSet>(HtmlPath(folder, missing), $"the HTML of page {missing.Id} is missing", ProblemSeverity.Error);
        }

        var referencePath = Path.Combine(folder, "reference-scores.json");
        var references = File.Exists(referencePath)
            ? ReadJson(referencePath, "reference scores (an object of extractors with precision, recall, f1, accuracy)", ParseReferenceScores)
            : InputResult.Success(new List<ReferenceScore>());
        return references.Select(r => new ExtractionDataSet(folder, pages.Value, r));
    }

    /// <summary>The page's HTML, decompressed and decoded as UTF-8 (as the benchmark stores it).</summary>
    public byte[] HtmlBytes(BenchmarkPage page)
    {
        using var file = File.OpenRead(HtmlPath(Folder, page));
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

    private static string HtmlPath(string folder, BenchmarkPage page) => Path.Combine(folder, "html", page.Id + ".html.gz");

    private static List<ReferenceScore> ParseReferenceScores(JsonElement root) =>
        root.EnumerateObject()
            .Select(p => new ReferenceScore(
                p.Name,
                p.Value.TryGetProperty("version", out var v) ? v.GetString() ?? "" : "",
                Required(p.Value, "precision").GetDouble(),
                Required(p.Value, "recall").GetDouble(),
                Required(p.Value, "f1").GetDouble(),
                Required(p.Value, "accuracy").GetDouble()))
            .OrderBy(r => r.Extractor, StringComparer.Ordinal)
            .ToList();

    /// <summary>A JSON file read by <paramref name="parse"/>, or a problem naming the file and saying it is not <paramref name="what"/>.</summary>
    private static InputResult<T> ReadJson<T>(string path, string what, Func<JsonElement, T> parse)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            return InputResult.Success(parse(json.RootElement));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return InputResult.Failure<T>(path, "cannot be read: " + e.Message, ProblemSeverity.Error);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or InvalidOperationException)
        {
            return InputResult.Failure<T>(path, $"not {what}: {e.Message}", ProblemSeverity.Error);
        }
    }
}
