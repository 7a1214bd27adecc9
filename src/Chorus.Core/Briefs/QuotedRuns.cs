namespace Chorus.Core.Briefs;

/// <summary>
/// Whether a sentence leaves a quotation open: a quote of several sentences ("We held
/// the line. Then the water came," she said.) is split by the sentence reader, and its later sentences read as
/// fragments when shown alone.
/// </summary>
internal static class QuotedRuns
{
    /// <summary>Sentences one quotation may span before we stop looking for its end.</summary>
    public const int MaxSentences = 4;

    public static bool LeavesOpen(string text) => Balance(text) > 0;

    /// <summary>Opening minus closing quotation marks; a single closing mark that ends a word's letters is an apostrophe.</summary>
    private static int Balance(string text)
    {
        var balance = 0;
        var straight = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '“':
                    balance++;
                    break;
                case '”':
                    balance--;
                    break;
                case '‘' when i == 0 || !char.IsLetterOrDigit(text[i - 1]):
                    balance++;
                    break;
                case '’' when i + 1 >= text.Length || !char.IsLetter(text[i + 1]):
                    balance--;
                    break;
                case '"':
                    straight++;
                    break;
            }
        }

        // Straight marks do not say which way they face: an odd count opens at the start of a sentence's text, else closes.
        if (straight % 2 == 1)
        {
            balance += text.TrimStart().StartsWith('"') ? 1 : -1;
        }

        return balance;
    }
}
