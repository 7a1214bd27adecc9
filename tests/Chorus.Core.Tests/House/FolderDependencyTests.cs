using System.Text.RegularExpressions;
using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.House;

/// <summary>
/// Core's folders depend one way: a cycle between two folders means neither can change or be understood alone.
/// A folder's dependencies are the Core namespaces its files name (in a using directive or a qualified name).
/// </summary>
public sealed partial class FolderDependencyTests
{
    [Fact]
    public void CoreFoldersFormNoCycle()
    {
        var edges = Dependencies(Path.Combine(RepoPaths.Root, "src", "Chorus.Core"));
        Assert.True(edges.Count > 5, "the Core folders were found");
        Assert.Contains("Text", edges["Summarization"]);

        var cycle = FindCycle(edges);
        Assert.True(cycle is null, "folders depend on each other in a cycle: " + string.Join(" -> ", cycle ?? []));
    }

    [Fact]
    public void CoreReferencesNoOtherChorusProject()
    {
        var project = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "Chorus.Core", "Chorus.Core.csproj"));
        Assert.DoesNotContain("ProjectReference", project, StringComparison.Ordinal);
    }

    [Fact]
    public void ACycleIsFound()
    {
        var edges = new Dictionary<string, HashSet<string>>
        {
            ["A"] = ["B"],
            ["B"] = ["C"],
            ["C"] = ["A"],
            ["D"] = ["A"],
        };
        Assert.Equal(["A", "B", "C", "A"], FindCycle(edges));
        edges["C"] = [];
        Assert.Null(FindCycle(edges));
    }

    private static Dictionary<string, HashSet<string>> Dependencies(string core)
    {
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(core, file).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            if (OwnNamespace().Match(text) is not { Success: true } own)
            {
                continue;
            }

            var folder = own.Groups[1].Value;
            var targets = edges.TryGetValue(folder, out var found) ? found : edges[folder] = [];
            foreach (Match used in CoreNamespace().Matches(text))
            {
                if (used.Groups[1].Value != folder)
                {
                    targets.Add(used.Groups[1].Value);
                }
            }
        }

        return edges;
    }

    /// <summary>The first cycle met by a depth-first walk, as the path that closes it, or null.</summary>
    private static List<string>? FindCycle(Dictionary<string, HashSet<string>> edges)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        List<string>? Walk(string node)
        {
            var at = path.IndexOf(node);
            if (at >= 0)
            {
                return [.. path[at..], node];
            }

            if (!done.Add(node))
            {
                return null;
            }

            path.Add(node);
            foreach (var next in edges.GetValueOrDefault(node, []).Order(StringComparer.Ordinal))
            {
                if (Walk(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }

        return edges.Keys.Order(StringComparer.Ordinal).Select(Walk).FirstOrDefault(c => c is not null);
    }

    [GeneratedRegex(@"^namespace Chorus\.Core\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex OwnNamespace();

    [GeneratedRegex(@"\bChorus\.Core\.(\w+)")]
    private static partial Regex CoreNamespace();
}
