using System.Text;

namespace Chorus.Core.Summarization;

/// <summary>Counts what a summary has used of its word or byte budget as sentences are added.</summary>
public sealed class BudgetTracker(SummaryBudget budget)
{
    /// <summary>With fewer words than this left, no useful sentence fits.</summary>
    private const int MinUsefulWords = 6;

    private int words;
    private int bytes;
    private bool cut;

    public bool IsFull => budget.CutLast ? cut || Exhausted(0) : Exhausted(MinUsefulWords);

    /// <summary>Whether fewer than <paramref name="minWords"/> words (or four bytes each) are left.</summary>
    private bool Exhausted(int minWords) =>
        (budget.Words is { } maxWords && maxWords - words <= Math.Max(0, minWords - 1))
        || (budget.Bytes is { } maxBytes && maxBytes - bytes <= Math.Max(0, (minWords * 4) - 1));

    /// <summary>
    /// Adds sentences that must go together, or none of them: they fit within the budget, or (under a cut-last
    /// budget) all but the last fit and the last is the one cut.
    /// </summary>
    public bool TryAdd(IReadOnlyList<string> sentences)
    {
        if (sentences.Count == 1)
        {
            return TryAdd(sentences[0]);
        }

        var (savedWords, savedBytes, savedCut) = (words, bytes, cut);
        for (var i = 0; i < sentences.Count; i++)
        {
            if (!TryAdd(sentences[i]) || (cut && !savedCut && i < sentences.Count - 1))
            {
                (words, bytes, cut) = (savedWords, savedBytes, savedCut);
                return false;
            }
        }

        return true;
    }

    public bool TryAdd(string sentence)
    {
        var sentenceWords = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var sentenceBytes = Encoding.UTF8.GetByteCount(sentence) + (bytes > 0 ? 1 : 0);
        if ((budget.Words is { } maxWords && words + sentenceWords > maxWords)
            || (budget.Bytes is { } maxBytes && bytes + sentenceBytes > maxBytes))
        {
            if (!budget.CutLast || cut)
            {
                return false;
            }

            cut = true;
        }

        words += sentenceWords;
        bytes += sentenceBytes;
        return true;
    }
}
