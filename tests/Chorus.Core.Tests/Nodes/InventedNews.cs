using System.Globalization;
using Chorus.Core.Documents;

namespace Chorus.Core.Tests.Nodes;

/// <summary>An invented article with the event it reports.</summary>
public sealed record InventedArticle(RawDocument Document, int Event);

/// <summary>
/// A stream of invented news (fixed seed): events in made-up towns, one every six hours, each reported by 1–12
/// articles over two days that draw different sentences from the event's own pool, so stories are recoverable
/// from content. Articles come in event order, each with its date line; file names keep that order.
/// </summary>
public static class InventedNews
{
    private static readonly string[] Syllables = ["ka", "ri", "vel", "mo", "tan", "dor", "shi", "lu", "bren", "ost", "za", "pe", "gar", "nim", "ul", "cor", "fen", "ya", "qui", "tes"];
    private static readonly string[] Things = ["bridge", "harbour", "reservoir", "school", "factory", "railway", "market", "hospital", "stadium", "museum", "power plant", "airport", "tunnel", "library", "ferry"];
    private static readonly string[] Happenings = ["collapsed", "flooded", "caught fire", "was closed", "reopened", "was evacuated", "lost power", "was sold", "was inspected", "went on strike"];
    private static readonly DateTime Start = new(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    public static IReadOnlyList<InventedArticle> Articles(int count, int seed = 7)
    {
        var random = new Random(seed);
        var articles = new List<InventedArticle>(count);
        for (var story = 0; articles.Count < count; story++)
        {
            var (place, person, office) = (Name(random), $"{Name(random)} {Name(random)}", Name(random));
            var (thing, happened) = (Things[random.Next(Things.Length)], Happenings[random.Next(Happenings.Length)]);
            var words = Enumerable.Range(0, 6).Select(_ => Name(random).ToLowerInvariant()).ToArray();
            var lead = $"The {thing} in {place} {happened} on Monday morning, officials said.";
            string[] pool =
            [
                $"{person}, who leads the {place} council, said the {words[0]} {words[1]} would be reviewed.",
                $"Residents of {place} gathered near the {thing} as crews from {office} arrived.",
                $"At least {random.Next(3, 90)} people were affected in {place}, according to {person}.",
                $"Engineers blamed the {words[2]} and the {words[3]} for what happened at the {thing}.",
                $"The {place} {thing} had been inspected by {office} inspectors last year.",
                $"{person} promised a report on the {words[4]} within a week.",
                $"Traders in {place} said the {words[5]} had worried them for months.",
                $"Police in {place} closed the roads around the {thing} until further notice.",
            ];
            var start = Start.AddHours(6 * story);
            for (var j = 1 + random.Next(12); j > 0 && articles.Count < count; j--)
            {
                var body = pool.OrderBy(_ => random.Next()).Take(4).Prepend(lead);
                var time = start.AddMinutes(random.Next(48 * 60)).ToString("MMMM dd, yyyy hh:mm tt", CultureInfo.InvariantCulture);
                var n = articles.Count;
                var text = $"{place}: {thing} {happened}\n{time}\n\n{string.Join("\n\n", body)}\nFiled as report {n}.\n";
                articles.Add(new InventedArticle(new RawDocument($"{n:D6}.txt", text, ContentKind.PlainText), story));
            }
        }

        return articles;
    }

    /// <summary>Writes the articles as text files of a new folder under <paramref name="parent"/>; returns the folder.</summary>
    public static string WriteFolder(IReadOnlyList<InventedArticle> articles, string parent, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(parent, name)).FullName;
        foreach (var article in articles)
        {
            File.WriteAllText(Path.Combine(folder, article.Document.Origin), article.Document.Content);
        }

        return folder;
    }

    private static string Name(Random random)
    {
        var name = string.Concat(Enumerable.Range(0, 2 + random.Next(2)).Select(_ => Syllables[random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(name[0]) + name[1..];
    }
}
