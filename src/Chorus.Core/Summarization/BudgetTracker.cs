using System.Text;

namespace Chorus.Core.Summarization;

/// <summary>Counts what a summary has used of its word or byte budget as sentences are added.</summary>
internal sealed class BudgetTracker(SummaryBudget budget)
{
    /// <summary>With fewer words than this left, no useful sentence fits.</summary>
    private const int MinUsefulWords = 6;

    private int words;
    private int bytes;

    public bool IsFull =>
        (budget.Words is { } maxWords && maxWords - words < MinUsefulWords)
        || (budget.Bytes is { } maxBytes && maxBytes - bytes < MinUsefulWords * 4);

    public bool TryAdd(string sentence)
    {
        var sentenceWords = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var sentenceBytes = Encoding.UTF8.GetByteCount(sentence) + (bytes > 0 ? 1 : 0);
        if ((budget.Words is { } maxWords && words + sentenceWords > maxWords)
            || (budget.Bytes is { } maxBytes && bytes + sentenceBytes > maxBytes))
        {
            return false;
        }

        words += sentenceWords;
        bytes += sentenceBytes;
        return true;
    }
}
