using AngleSharp.Dom;

namespace Chorus.Core.Extraction;

/// <summary>A piece of the page taken out as furniture, with why.</summary>
public sealed record RemovedBlock(string Text, string Reason);

/// <summary>
/// Removes from a parsed page everything that is never article prose: scripts and other non-text elements,
/// embedded social posts, and elements whose class or id names them as furniture (comments, related lists,
/// newsletter boxes, captions, sidebars…), unless such an element holds most of the page's text.
/// </summary>
internal static class PageCleaner
{
    /// <summary>Removed text shorter than this is not worth listing for the user.</summary>
    private const int MinListedChars = 20;

    /// <summary>A block this long with few links counts as prose when judging what holds the page.</summary>
    private const int MinProseChars = 80;

    private const double MaxProseLinkDensity = 0.3;

    /// <summary>Elements that are never text at all; removed without a second look.</summary>
    private static readonly HashSet<string> NonTextTags = new(StringComparer.Ordinal) { "script", "style", "noscript", "template", "svg", "canvas" };

    public static void Clean(IElement body, ExtractionOptions options, List<RemovedBlock> removed)
    {
        foreach (var element in body.QuerySelectorAll(string.Join(',', NonTextTags)).ToList())
        {
            element.Remove();
        }

        var prose = ProseChars(body);
        var pageProse = prose.GetValueOrDefault(body);
        bool HoldsThePage(IElement e) => pageProse > 0 && prose.GetValueOrDefault(e) > pageProse * options.MaxRemovableTextShare;

        foreach (var tag in BoilerplatePatterns.NeverContentTags.Where(t => !NonTextTags.Contains(t)))
        {
            foreach (var element in body.QuerySelectorAll(tag).ToList())
            {
                if (!HoldsThePage(element))
                {
                    Remove(element, "<" + tag + ">", removed);
                }
            }
        }

        foreach (var (selector, reason) in BoilerplatePatterns.EmbeddedPosts)
        {
            foreach (var element in body.QuerySelectorAll(selector).ToList())
            {
                Remove(element, reason, removed);
            }
        }

        foreach (var hidden in body.QuerySelectorAll("[hidden], [aria-hidden=true], [style*='display:none'], [style*='display: none']").ToList())
        {
            Remove(hidden, "hidden", removed);
        }

        foreach (var element in body.QuerySelectorAll("[class], [id], [role]").ToList())
        {
            if (element.Parent is null || !IsAttached(element, body))
            {
                continue;
            }

            var names = BoilerplatePatterns.SplitCamelCase((element.ClassName ?? "") + " " + (element.Id ?? "") + " " + (element.GetAttribute("role") ?? ""));
            var match = BoilerplatePatterns.FurnitureClass().Match(names);
            if (!match.Success || element.LocalName is "body" or "html")
            {
                continue;
            }

            if (HoldsThePage(element))
            {
                continue;
            }

            Remove(element, match.Value.Trim(' ', '-', '_').ToLowerInvariant() + " box", removed);
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

    private static bool IsAttached(IElement element, IElement root)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e == root)
            {
                return true;
            }
        }

        return false;
    }

    private static void Remove(IElement element, string? reason, List<RemovedBlock> removed)
    {
        if (reason is not null)
        {
            var text = string.Join(" ", TextBlocks.Read(element).Select(b => b.Text));
            if (text.Length >= MinListedChars)
            {
                removed.Add(new RemovedBlock(text, reason));
            }
        }

        element.Remove();
    }
}
