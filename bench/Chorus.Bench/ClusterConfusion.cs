using System.Globalization;
using Chorus.Core.Clustering;
using Chorus.Evaluation;

namespace Chorus.Bench;

/// <summary>
/// Per-topic confusion of one clustering run on a validation half: for every gold topic the found stories holding
/// its articles, and for every found story the gold topics it mixes. Shows which topics are split or merged.
/// </summary>
internal static class ClusterConfusion
{
    public static int Run(string data, string[] settings)
    {
        var set = ClusteringData.Read(data).Value;
        var clusterer = new StreamClusterer(ClusterDense.Grid(new ClusteringOptions(), settings).First());
        var members = new Dictionary<long, List<string>>();
        var found = new List<(string Gold, long Story, ClusterDocument Document)>();
        foreach (var d in set.Documents)
        {
            var assignment = clusterer.Add(d.Document);
            foreach (var merge in clusterer.TakeChanges().Merges)
            {
                var from = members.GetValueOrDefault(merge.From) ?? [];
                var into = members.GetValueOrDefault(merge.Into) ?? [];
                Console.WriteLine($"  merge {merge.From} [{Majority(from)}] into {merge.Into} [{Majority(into)}] after {d.Document.Id}");
                into.AddRange(from);
                members[merge.Into] = into;
                members.Remove(merge.From);
            }

            var story = clusterer.Resolve(assignment.StoryId);
            var list = members.GetValueOrDefault(story) ?? [];
            if (assignment.Kind != JoinKind.New && list.Count > 0 && Majority(list) != d.Gold)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  wrong {assignment.Kind} {d.Document.Id} ({d.Gold}) -> {story} [{Majority(list)} of {list.Count}] score {assignment.Score:F3}"));
            }

            if (assignment.Kind == JoinKind.New && members.Any(m => m.Key != story && Majority(m.Value) == d.Gold))
            {
                var title = d.Document.Title ?? d.Document.Text[..Math.Min(80, d.Document.Text.Length)];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  split {d.Document.Id} ({d.Gold}) best score {assignment.Score:F3}: {title.ReplaceLineEndings(" ")}"));
            }

            list.Add(d.Gold);
            members[story] = list;
            found.Add((d.Gold, assignment.StoryId, d.Document));
        }

        var rows = found.Select(f => (f.Gold, Story: clusterer.Resolve(f.Story), f.Document)).ToList();
        Console.WriteLine(ClusteringMetrics.Score<string, long>(rows.Select(r => (r.Gold, r.Story)).ToList()));
        Console.WriteLine("gold topic -> found stories (articles)");
        foreach (var gold in rows.GroupBy(r => r.Gold).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var parts = gold.GroupBy(r => r.Story).OrderByDescending(g => g.Count()).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}:{g.Count()}"));
            var lead = gold.First().Document.Text.ReplaceLineEndings(" ");
            Console.WriteLine($"{gold.Key,-10} {string.Join(' ', parts),-30} {lead[..Math.Min(70, lead.Length)]}");
        }

        Console.WriteLine("found stories mixing topics");
        foreach (var story in rows.GroupBy(r => r.Story).Where(g => g.Select(r => r.Gold).Distinct().Count() > 1).OrderBy(g => g.Key))
        {
            var parts = story.GroupBy(r => r.Gold).OrderByDescending(g => g.Count()).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}:{g.Count()}"));
            Console.WriteLine($"{story.Key,5} {string.Join(' ', parts)}");
        }

        return 0;
    }

    private static string Majority(List<string> golds) => golds.Count == 0 ? "-" : golds.GroupBy(g => g).MaxBy(g => g.Count())!.Key;
}
