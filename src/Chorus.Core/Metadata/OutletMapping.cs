using System.Text.RegularExpressions;
using Chorus.Core.Documents;

namespace Chorus.Core.Metadata;

/// <summary>One line of an outlet mapping: inputs whose name or address matches <see cref="Pattern"/> are published by <see cref="Outlet"/>.</summary>
public sealed record OutletRule(string Pattern, string Outlet);

/// <summary>
/// The outlets a user names for inputs (<c>--outlets FILE</c> with lines <c>pattern=Outlet</c>, <c>--outlet NAME</c>
/// for every input no line matches). A pattern matches an input's path or file name, its URL or the URL's host,
/// ignoring case; <c>*</c> stands for any run of characters, and a pattern without <c>*</c> matches when it occurs
/// anywhere in them ("presstv.ir", "003_9f6c"). The first matching line wins, so specific lines go first.
/// </summary>
public sealed record OutletMapping(IReadOnlyList<OutletRule> Rules, string? Default)
{
    public static OutletMapping None { get; } = new([], null);

    /// <summary>The mapping in <paramref name="text"/>, read from <paramref name="origin"/>; blank lines and lines starting with # are skipped.</summary>
    public static InputResult<OutletMapping> Parse(string origin, string text, string? defaultOutlet = null)
    {
        var rules = new List<OutletRule>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var pattern = equals < 0 ? "" : line[..equals].Trim();
            var outlet = equals < 0 ? "" : line[(equals + 1)..].Trim();
            if (pattern.Length == 0 || outlet.Length == 0)
            {
                return InputResult.Failure<OutletMapping>($"{origin}:{number}", $"not a mapping line (write pattern=Outlet): {line}");
            }

            rules.Add(new OutletRule(pattern, outlet));
        }

        return InputResult.Success(new OutletMapping(rules, string.IsNullOrWhiteSpace(defaultOutlet) ? null : defaultOutlet.Trim()));
    }

    /// <summary>The outlet named for <paramref name="document"/>, or null when the user named none.</summary>
    public string? OutletOf(RawDocument document)
    {
        string[] names = [document.Origin, Path.GetFileName(document.Origin.Split('#', '@')[0]), document.Url ?? "", OutletPolicy.HostOf(document.Url) ?? ""];
        foreach (var rule in Rules)
        {
            if (names.Any(name => name.Length > 0 && Matches(rule.Pattern, name)))
            {
                return rule.Outlet;
            }
        }

        return Default;
    }

    /// <summary>Every document with the outlet the user named for it, if any.</summary>
    public IReadOnlyList<RawDocument> Apply(IReadOnlyList<RawDocument> documents) =>
        Rules.Count == 0 && Default is null
            ? documents
            : documents.Select(d => OutletOf(d) is { } outlet ? d with { OutletGiven = outlet } : d).ToList();

    private static bool Matches(string pattern, string name) =>
        pattern.Contains('*', StringComparison.Ordinal)
            ? Regex.IsMatch(name, "^" + string.Join(".*", pattern.Split('*').Select(Regex.Escape)) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
            : name.Contains(pattern, StringComparison.OrdinalIgnoreCase);
}
