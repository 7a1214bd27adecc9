using System.Text;
using Chorus.Core.Documents;
using Chorus.Core.Summarization;

namespace Chorus.Evaluation;

/// <summary>A summary as it is scored: its sentences one a line, cut at the budget as DUC cut every summary.</summary>
public static class SummaryText
{
    public static string Fit(IEnumerable<Sentence> sentences, SummaryBudget budget) =>
        Cut(string.Join("\n", sentences.Select(s => s.Text)), budget);

    /// <summary>The text up to the word or byte limit, ending at a whole word.</summary>
    public static string Cut(string text, SummaryBudget budget)
    {
        if (budget.Words is { } words)
        {
            text = FirstWords(text, words);
        }

        if (budget.Bytes is { } bytes && Encoding.UTF8.GetByteCount(text) > bytes)
        {
            var end = 0;
            var used = 0;
            while (end < text.Length)
            {
                var length = char.IsHighSurrogate(text[end]) && end + 1 < text.Length ? 2 : 1;
                var size = Encoding.UTF8.GetByteCount(text.AsSpan(end, length));
                if (used + size > bytes)
                {
                    break;
                }

                used += size;
                end += length;
            }

            // A word cut in two would count as a word the summary never said.
            var wordEnd = end < text.Length && !char.IsWhiteSpace(text[end]) ? text.LastIndexOfAny([' ', '\n'], Math.Max(0, end - 1)) : end;
            text = text[..Math.Max(0, wordEnd)].TrimEnd();
        }

        return text;
    }

    private static string FirstWords(string text, int words)
    {
        var count = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                inWord = false;
                continue;
            }

            if (!inWord)
            {
                inWord = true;
                if (++count > words)
                {
                    return text[..i].TrimEnd();
                }
            }
        }

        return text;
    }
}
