using System.Globalization;
using System.Text.Json;
using Chorus.Core.Documents;
using Chorus.Core.Text;

namespace Chorus.Bench;

/// <summary>One generated article with the story it belongs to.</summary>
internal sealed record SyntheticArticle(RawDocument Document, int Story);

/// <summary>
/// Builds a labelled stream of synthetic stories by recombining sentences of the shared DUC 2004 validation
/// articles (fixed seed). Each story takes one DUC topic, a core of that topic's sentences, an invented place and
/// person, and a start time; its articles (1–19, about 10 on average) mix core sentences with other sentences of the
/// topic over three days, and one in ten articles is a near-copy of an earlier one of its story with its last paragraph cut.
/// Stories start at a steady rate, so the number open at once is the same at every stream size.
/// Each story takes the next DUC topic in turn.
/// </summary>
internal sealed class SyntheticStream
{
    /// <summary>
    /// Topics are dealt round-robin, so a topic's next story starts 25 / 4 ≈ 6 days after its last one: the labels
    /// stay recoverable from content. (Concurrent stories on one subject are what the DUC and UCI evals measure.)
    /// </summary>
    private const int StoriesPerDay = 4;
    /// <summary>
    /// Far enough back that the largest stream (10,000 stories, about 7 years) ends before today: ingest refuses a
    /// date more than a day after the article was read, and an undated article takes the ingest time, so a stream
    /// that ran into the future put its later half at one instant and merged it (100k: B-cubed precision 0.30).
    /// </summary>
    private static readonly DateTime Start = new(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly string[] Syllables = ["ka", "ri", "vel", "mo", "tan", "dor", "shi", "lu", "bren", "ost", "za", "pe", "gar", "nim", "ul", "cor", "fen", "ya", "qui", "tes"];

    private readonly List<string[]> topics;
    private readonly List<Plan> plans;
    private readonly StorySeed[] stories;

    public SyntheticStream(string ducClusters, int articles, int seed = 42)
    {
        topics = File.ReadLines(ducClusters).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.GetProperty("articles").EnumerateArray()
                .SelectMany(a => SentenceReader.Read("x", a.GetProperty("text").GetString()!).Select(s => s.Text))
                .Where(s => s.Split(' ').Length is >= 8 and <= 45)
                .ToArray();
        }).ToList();

        var random = new Random(seed);
        var storyList = new List<StorySeed>();
        plans = [];
        while (plans.Count < articles)
        {
            var id = storyList.Count;
            var topic = topics[id % topics.Count];
            var core = Enumerable.Range(0, 10).Select(_ => topic[random.Next(topic.Length)]).Distinct().ToArray();
            var start = Start.AddHours(id * 24.0 / StoriesPerDay);
            storyList.Add(new StorySeed(topic, core, Name(random), Name(random), start));
            var count = Math.Min(1 + random.Next(19), articles - plans.Count);
            for (var k = 0; k < count; k++)
            {
                var copyOf = k > 0 && random.NextDouble() < 0.1 ? plans.Count - 1 - random.Next(Math.Min(k, 3)) : -1;
                copyOf = copyOf >= 0 && plans[copyOf].Story == id ? copyOf : -1;
                plans.Add(new Plan(id, start.AddMinutes(random.Next(72 * 60)), random.Next(), copyOf));
            }
        }

        stories = [.. storyList];
        Stories = stories.Length;
    }

    public int Stories { get; }

    public int Count => plans.Count;

    /// <summary>The articles in arrival order (by time), made on demand so the whole stream is never in memory.</summary>
    public IEnumerable<SyntheticArticle> Articles()
    {
        var order = Enumerable.Range(0, plans.Count).OrderBy(i => plans[i].Time).ThenBy(i => i).ToArray();
        foreach (var i in order)
        {
            var plan = plans[i];
            var content = plan.CopyOf >= 0 ? CopyOf(Text(plans[plan.CopyOf])) : Text(plan);
            yield return new SyntheticArticle(new RawDocument($"synthetic/{i:D6}.txt", content, ContentKind.PlainText), plan.Story);
        }
    }

    private string Text(Plan plan)
    {
        var story = stories[plan.Story];
        var random = new Random(plan.Seed);
        var sentences = story.Core.OrderBy(_ => random.Next()).Take(4 + random.Next(3)).ToList();
        sentences.Insert(random.Next(sentences.Count), story.Topic[random.Next(story.Topic.Length)]);
        sentences.Insert(1, $"{story.Person} said the events in {story.Place} were being followed closely.");
        var headline = $"{story.Place}: {string.Join(' ', sentences[0].Split(' ').Take(8)).TrimEnd(',', '.', ';')}";
        var date = plan.Time.ToString("MMMM d, yyyy hh:mm tt", CultureInfo.InvariantCulture);
        var paragraphs = sentences.Chunk(2).Select(p => string.Join(' ', p));
        return $"{headline}\n{date}\n\n{string.Join("\n\n", paragraphs)}\n";
    }

    /// <summary>A syndicated copy: the original without its last paragraph.</summary>
    private static string CopyOf(string original)
    {
        var cut = original.TrimEnd().LastIndexOf("\n\n", StringComparison.Ordinal);
        return original[..cut] + "\n";
    }

    private static string Name(Random random)
    {
        var name = string.Concat(Enumerable.Range(0, 2 + random.Next(2)).Select(_ => Syllables[random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    private sealed record StorySeed(string[] Topic, string[] Core, string Place, string Person, DateTime Start);

    private sealed record Plan(int Story, DateTime Time, int Seed, int CopyOf);
}
