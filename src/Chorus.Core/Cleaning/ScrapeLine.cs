namespace Chorus.Core.Cleaning;

/// <summary>One line of a text scrape, trimmed, with the shape measures the cleaning rules look at.</summary>
internal sealed record ScrapeLine(int Index, string Text)
{
    /// <summary>1-based number of the physical line it starts on (a hard-wrapped paragraph is one scrape line).</summary>
    public int Number { get; init; } = Index + 1;

    public bool IsBlank => Text.Length == 0;

    public int Words { get; } = CountWords(Text);

    /// <summary>Ends the way a sentence of prose ends (full stop, question, quote mark), unlike headings and links.</summary>
    public bool EndsLikeSentence => Text.Length > 0 && Text[^1] is '.' or '!' or '?' or '…' or '"' or '”' or '’' or '\'' or ')' or ':' or ';';

    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
