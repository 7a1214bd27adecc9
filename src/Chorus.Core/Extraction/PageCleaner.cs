using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace Chorus.Core.Extraction;

/// <summary>A piece of the page taken out as furniture, with why.</summary>
public sealed record RemovedBlock(string Text, string Reason);

/// <summary>
/// Removes from a parsed page everything that is never article prose: non-text elements, embedded social posts,
/// hidden elements, and elements whose class or id names them as furniture (comments, related lists, newsletter
/// boxes, captions, sidebars…), unless such an element holds most of the page's text. One walk decides, top down,
/// so that a box inside a removed box is neither visited nor listed twice.
/// </summary>
internal static class PageCleaner
{
    /// <summary>Removed text shorter than this is not worth listing for the user.</summary>
    private const int MinListedChars = 20;

    /// <summary>A block this long with few links counts as prose when judging what holds the page.</summary>
    private const int MinProseChars = 80;

    private const double MaxProseLinkDensity = 0.3;

    private static readonly HashSet<string> NeverContentTags = new(BoilerplatePatterns.NeverContentTags, StringComparer.Ordinal);

    private static readonly (ISelector Selector, string Reason)[] EmbeddedPosts = BoilerplatePatterns.EmbeddedPosts
        .Select(e => (Parse(e.Selector), e.Reason))
        .ToArray();

    private static readonly ISelector Hidden = Parse("[hidden], [aria-hidden=true], [style*='display:none'], [style*='display: none']");

    public static void Clean(IElement body, ExtractionOptions options, List<RemovedBlock> removed)
    {
        var prose = ProseChars(body);
        var pageProse = prose.GetValueOrDefault(body);
        var furnitureOf = new Dictionary<(string?, string?, string?), string?>();
        var toRemove = new List<(IElement Element, string Reason)>();

        bool HoldsThePage(IElement e) => pageProse > 0 && prose.GetValueOrDefault(e) > pageProse * options.MaxRemovableTextShare;

        string? Reason(IElement element)
        {
            var tag = element.LocalName;
            if (NeverContentTags.Contains(tag) && !HoldsThePage(element))
            {
                return "<" + tag + ">";
            }

            foreach (var (selector, reason) in EmbeddedPosts)
            {
                if (selector.Match(element, null))
                {
                    return reason;
                }
            }

            if (Hidden.Match(element, null))
            {
                return "hidden";
            }

            if (!element.HasAttribute("class") && !element.HasAttribute("id") && !element.HasAttribute("role"))
            {
                return null;
            }

            var key = (element.ClassName, element.Id, element.GetAttribute("role"));
            if (!furnitureOf.TryGetValue(key, out var furniture))
            {
                var names = (key.ClassName ?? "") + " " + (key.Id ?? "") + " " + (key.Item3 ?? "");
                var match = BoilerplatePatterns.FurnitureClass().Match(BoilerplatePatterns.SplitCamelCase(names));
                furniture = match.Success ? match.Value.Trim(' ', '-', '_').ToLowerInvariant() + " box" : null;
                furnitureOf[key] = furniture;
            }

            return furniture is not null && !HoldsThePage(element) ? furniture : null;
        }

        void Visit(IElement parent)
        {
            var children = parent.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                if (children[i] is not IElement child || TextBlocks.IsNonText(child))
                {
                    continue;
                }

                if (Reason(child) is { } reason)
                {
                    toRemove.Add((child, reason));
                }
                else
                {
                    Visit(child);
                }
            }
        }

        Visit(body);
        foreach (var (element, reason) in toRemove)
        {
            var text = string.Join(" ", TextBlocks.Read(element).Select(b => b.Text));
            if (text.Length >= MinListedChars)
            {
                removed.Add(new RemovedBlock(text, reason));
            }

            element.Remove();
        }
    }

    /// <summary>
    /// Characters of prose (paragraphs of some length with few links) under each element, so that a box named like
    /// furniture but holding most of the page's prose is recognised as the page itself.
    /// </summary>
    private static Dictionary<IElement, int> ProseChars(IElement body)
    {
        var totals = new Dictionary<IElement, int>();
        foreach (var block in TextBlocks.Read(body))
        {
            if (block.Text.Length < MinProseChars || block.LinkDensity > MaxProseLinkDensity)
            {
                continue;
            }

            for (var e = block.Owner; e is not null; e = e.ParentElement)
            {
                totals[e] = totals.GetValueOrDefault(e) + block.Text.Length;
            }
        }

        return totals;
    }

    private static ISelector Parse(string selector) =>
        new CssSelectorParser().ParseSelector(selector) ?? throw new InvalidOperationException($"bad selector in the extraction rules: {selector}");
}
