using AngleSharp.Dom;

namespace Chorus.Core.Extraction;

/// <summary>
/// Finds the element that holds the article body: every prose-like block scores its ancestors (length, commas,
/// low link density), the score fading with distance; class/id words for content raise a container and words for
/// furniture lower it; the best container is then widened with siblings that score well themselves.
/// </summary>
internal static class ContentScorer
{
    public static IReadOnlyList<IElement> ChooseContainers(IReadOnlyList<TextBlock> blocks, ExtractionOptions options)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var block in blocks)
        {
            var points = BlockPoints(block, options);
            if (points <= 0)
            {
                continue;
            }

            var start = block.Kind == BlockKind.Other ? block.Owner : block.Owner.ParentElement;
            var level = 0;
            for (var e = start; e is not null && level <= options.ScoreAncestorLevels; e = e.ParentElement, level++)
            {
                var divider = level switch { 0 => 1.0, 1 => 2.0, _ => level * 3.0 };
                scores[e] = scores.GetValueOrDefault(e) + (points / divider);
            }
        }

        if (scores.Count == 0)
        {
            return [];
        }

        var linkDensity = LinkDensities(blocks);
        var finalScores = scores.ToDictionary(
            kv => kv.Key,
            kv => (kv.Value * (1 - linkDensity.GetValueOrDefault(kv.Key))) + ClassPoints(kv.Key, options));
        var top = finalScores.MaxBy(kv => kv.Value).Key;

        if (top.ParentElement is not { } parent)
        {
            return [top];
        }

        var threshold = Math.Max(10, finalScores[top] * options.SiblingScoreShare);
        var chosen = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top
                || finalScores.GetValueOrDefault(sibling) >= threshold
                || IsProseParagraph(sibling, blocks))
            {
                chosen.Add(sibling);
            }
        }

        return chosen;
    }

    /// <summary>A block's content points: nothing when short or mostly links; otherwise 1 + commas + length.</summary>
    public static double BlockPoints(TextBlock block, ExtractionOptions options)
    {
        if (block.Text.Length < options.MinScoringBlockChars || block.Kind is BlockKind.Heading or BlockKind.ListItem)
        {
            return 0;
        }

        var commas = block.Text.Count(c => c is ',' or '，' or '、');
        var length = Math.Min(block.Text.Length / (double)options.CharsPerPoint, options.MaxLengthPoints);
        return (1 + commas + length) * (1 - block.LinkDensity);
    }

    private static double ClassPoints(IElement element, ExtractionOptions options)
    {
        var names = (element.ClassName ?? "") + " " + (element.Id ?? "") + " " + (element.GetAttribute("itemprop") ?? "");
        var points = 0.0;
        if (element.LocalName is "article" || names.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            points += options.ClassWeight;
        }

        if (BoilerplatePatterns.ContentClass().IsMatch(names))
        {
            points += options.ClassWeight;
        }

        if (BoilerplatePatterns.WeakClass().IsMatch(names))
        {
            points -= options.ClassWeight;
        }

        return points;
    }

    private static Dictionary<IElement, double> LinkDensities(IReadOnlyList<TextBlock> blocks)
    {
        var totals = new Dictionary<IElement, (int Chars, int Links)>();
        foreach (var block in blocks)
        {
            for (var e = block.Owner; e is not null; e = e.ParentElement)
            {
                var (chars, links) = totals.GetValueOrDefault(e);
                totals[e] = (chars + block.Text.Length, links + block.LinkChars);
            }
        }

        return totals.ToDictionary(kv => kv.Key, kv => kv.Value.Chars == 0 ? 0 : kv.Value.Links / (double)kv.Value.Chars);
    }

    /// <summary>A sibling paragraph of real prose joins the body even when it scored little on its own.</summary>
    private static bool IsProseParagraph(IElement element, IReadOnlyList<TextBlock> blocks)
    {
        if (element.LocalName != "p")
        {
            return false;
        }

        var own = blocks.Where(b => b.Owner == element).ToList();
        var text = string.Join(' ', own.Select(b => b.Text));
        var links = own.Sum(b => b.LinkChars);
        var density = text.Length == 0 ? 1 : links / (double)text.Length;
        return (text.Length > 80 && density < 0.25) || (text.Length > 0 && density == 0 && own.Any(b => b.EndsLikeSentence));
    }
}
