namespace Chorus.Core.Extraction;

/// <summary>Decides whether a block inside the chosen container is still furniture, and says why.</summary>
internal static class BlockPruner
{
    /// <summary>Furniture phrases are only trusted on blocks this short; a long paragraph may start with "Related".</summary>
    private const int MaxPhraseBlockChars = 120;

    public static string? Reason(TextBlock block, string? title, ExtractionOptions options)
    {
        var text = block.Text;
        if (block.Owner.LocalName == "h1" || (title is not null && text.Equals(title, StringComparison.Ordinal)))
        {
            return "title";
        }

        if (!text.Any(char.IsLetterOrDigit))
        {
            return "no words";
        }

        var linkedProse = text.Length >= options.MinLinkedProseChars && block.EndsLikeSentence && block.Kind != BlockKind.ListItem;
        if (block.LinkDensity > options.MaxLinkDensity && !linkedProse)
        {
            return "links";
        }

        if (block.LinkChars > 0 && text.Length <= options.ShortLinkedBlockChars && !block.EndsLikeSentence)
        {
            return "linked teaser";
        }

        if (text.Length <= MaxPhraseBlockChars && BoilerplatePatterns.FurniturePhrase().IsMatch(text))
        {
            return "furniture phrase";
        }

        if (text.Length <= MaxPhraseBlockChars * 2 && BoilerplatePatterns.MetadataLabel().IsMatch(text))
        {
            return "metadata line";
        }

        if (block.Owner.LocalName is "div" or "section" or "figure" && text.Length <= options.MaxLabelChars && !block.EndsLikeSentence)
        {
            return "label";
        }

        return null;
    }
}
