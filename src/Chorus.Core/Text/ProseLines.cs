namespace Chorus.Core.Text;

/// <summary>One line of text as its writer meant it: a hard-wrapped paragraph joined back into one line.</summary>
/// <param name="FirstLine">Index (0-based) of the physical line it starts on.</param>
/// <param name="Text">The line, its wrapped pieces joined by single spaces, untrimmed at the start of the first piece.</param>
public sealed record ProseLine(int FirstLine, string Text);

/// <summary>
/// Reads plain text into the lines its writer meant: every reader of plain text (the scrape cleaner, the line counts
/// it compares pages with) goes through here, so a text hard-wrapped at ~70 columns reads as the same paragraphs and
/// sentences as the unwrapped text. Also turns the ``…'' quote marks of 1990s newswire into plain double quotes.
/// </summary>
public static class ProseLines
{
    /// <summary>Lines longer than this are paragraphs written on one line, not wrapped ones (wire copy wraps at 60–80).</summary>
    public const int MaxWrapColumns = 100;

    /// <summary>Texts wrapped narrower than this are columns of short items (menus, lists), not prose.</summary>
    public const int MinWrapColumns = 40;

    /// <summary>
    /// The most a wrapped line may fall short of the wrap width (its next word included) and still be full. Wire copy
    /// is wrapped raggedly: DUC 2004 lines end up to 15 columns short of the longest, where <c>fold -s</c> leaves none.
    /// </summary>
    public const int RaggedColumns = 15;

    /// <summary>
    /// Columns added to the shortfall measured on the text's certain wraps (a line going on in lower case): with 2,
    /// 6 of 13,588 DUC 2004 val line breaks that fall mid-sentence before a capital are read as the writer's (35 with
    /// none, 1 with 3), while a folded page keeps nearly every short line its own.
    /// </summary>
    public const int RaggedMargin = 2;

    /// <summary>A text is wrapped when at least this share of its lines that continue onto another line are full.</summary>
    public const double WrappedShare = 0.5;

    /// <summary>Lines over <see cref="MaxWrapColumns"/> may be this share of a wrapped text (a long link, an unwrapped title).</summary>
    public const double LongLineShare = 0.05;

    public static IReadOnlyList<ProseLine> Read(string content)
    {
        var physical = content.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(l => l.TrimEnd()).ToArray();
        var width = WrapWidth(physical);
        var lines = new List<ProseLine>(physical.Length);
        var minIndent = physical.Where(l => l.Length > 0).Select(Indent).DefaultIfEmpty(0).Min();
        var ragged = width is { } wrapped ? Raggedness(physical, wrapped) : 0;
        for (var i = 0; i < physical.Length; i++)
        {
            if (width is not { } w || physical[i].Length == 0)
            {
                lines.Add(new ProseLine(i, NewswireQuotes(physical[i])));
                continue;
            }

            var first = i;
            var joined = physical[i];
            while (i + 1 < physical.Length && physical[i + 1].Length > 0 && Indent(physical[i + 1]) <= minIndent
                && ContinuesOnNextLine(physical[i], physical[i + 1].TrimStart(), LastOfBlock(physical, i + 1), w - ragged))
            {
                i++;
                joined += " " + physical[i].TrimStart();
            }

            lines.Add(new ProseLine(first, NewswireQuotes(joined)));
        }

        return lines;
    }

    /// <summary>The text with the two-character quote marks of wire copy (``, '') as plain double quotes.</summary>
    public static string NewswireQuotes(string text) =>
        text.Contains("``", StringComparison.Ordinal) || text.Contains("''", StringComparison.Ordinal)
            ? text.Replace("``", "\"", StringComparison.Ordinal).Replace("''", "\"", StringComparison.Ordinal)
            : text;

    /// <summary>The column the text is wrapped at, or null when its lines are as written (one paragraph each).</summary>
    internal static int? WrapWidth(IReadOnlyList<string> lines)
    {
        var nonBlank = lines.Where(l => l.Length > 0).ToList();
        var wrappable = nonBlank.Where(l => l.Length <= MaxWrapColumns).ToList();
        if (wrappable.Count < 3 || nonBlank.Count - wrappable.Count > LongLineShare * nonBlank.Count)
        {
            return null;
        }

        var width = wrappable.Max(l => l.Length);
        if (width < MinWrapColumns)
        {
            return null;
        }

        var continuing = 0;
        var full = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].Length > 0 && lines[i + 1].Length > 0)
            {
                continuing++;
                full += lines[i].Length >= width - RaggedColumns ? 1 : 0;
            }
        }

        return continuing >= 2 && full >= WrappedShare * continuing ? width : null;
    }

    /// <summary>
    /// How far short of <paramref name="width"/> this text's wrapped lines may fall: the largest shortfall among its
    /// certain wraps (the next line goes on a sentence in lower case) plus <see cref="RaggedMargin"/>, at most
    /// <see cref="RaggedColumns"/>; <see cref="RaggedColumns"/> when it has no certain wrap to measure.
    /// </summary>
    private static int Raggedness(IReadOnlyList<string> lines, int width)
    {
        int? shortfall = null;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var next = lines[i + 1].TrimStart();
            if (lines[i].Length > 0 && next.Length > 0 && char.IsLower(next[0]) && !EndsSentence(lines[i]))
            {
                shortfall = Math.Max(shortfall ?? int.MinValue, width - (lines[i].Length + 1 + FirstWordLength(next)));
            }
        }

        return shortfall is { } measured ? Math.Clamp(measured + RaggedMargin, 0, RaggedColumns) : RaggedColumns;
    }

    /// <summary>
    /// Whether the break after <paramref name="line"/> is the wrapper's, not the writer's: a sentence goes on in lower
    /// case, or the next line's first word could not have fitted within <paramref name="fullWidth"/>, unless the next
    /// line closes its block without closing a sentence (a photo credit, a repeated caption: a paragraph of prose ends
    /// in punctuation). A writer's break after a full line that ends a sentence is read as the wrapper's: it joins
    /// two paragraphs, which splits no sentence.
    /// </summary>
    private static bool ContinuesOnNextLine(string line, string next, bool nextEndsBlock, int fullWidth)
    {
        if (char.IsLower(next[0]) && !EndsSentence(line))
        {
            return true;
        }

        if (nextEndsBlock && !EndsLikeProse(next))
        {
            return false;
        }

        return line.Length + 1 + FirstWordLength(next) > fullWidth;
    }

    private static bool LastOfBlock(string[] lines, int index) => index + 1 >= lines.Length || lines[index + 1].Length == 0;

    private static bool EndsLikeProse(string line) => line[^1] is '.' or '!' or '?' or '…' or '"' or '”' or '’' or '\'' or ')' or ':' or ';' or '`';

    private static int FirstWordLength(string line) => line.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? space : line.Length;

    /// <summary>Ends in a full stop, question or exclamation mark (closing quotes aside) that is not a title's ("Sen.").</summary>
    private static bool EndsSentence(string line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] is '"' or '\'' or '”' or '’' or ')' or '`')
        {
            end--;
        }

        if (end == 0 || line[end - 1] is not ('.' or '!' or '?' or '…'))
        {
            return false;
        }

        var start = end - 1;
        while (start > 0 && char.IsLetter(line[start - 1]))
        {
            start--;
        }

        return line[end - 1] != '.' || !Abbreviations.NeverFinal.Contains(line[start..(end - 1)]);
    }

    private static int Indent(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }

        return line[i..].Length == 0 ? 0 : i;
    }
}
