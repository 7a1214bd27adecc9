namespace Chorus.Core.Summarization;

/// <summary>
/// Where a sentence that leans on something said before it ("He said…", "The ministry added…") finds it: the
/// sentence right before it in its article, when that one stands on its own and names someone or something. The pair
/// is then chosen together, the antecedent first, so the reader meets the name before the pronoun.
/// </summary>
internal static class Antecedents
{
    /// <summary>An antecedent shorter than this is a dateline, a byline or a fragment, not a sentence that names someone.</summary>
    private const int MinWords = 4;

    /// <summary>The index of the sentence that resolves sentence <paramref name="index"/>, or -1 when there is none.</summary>
    public static int Of(StorySentences story, int index)
    {
        if (index == 0)
        {
            return -1;
        }

        var own = story.All[index];
        var before = story.All[index - 1];
        var text = before.Sentence.Text;
        return before.Document == own.Document && before.Sentence.Index == own.Sentence.Index - 1
            && !before.Sentence.IsQuoteFragment && before.Words >= MinWords && !ReaderChecks.IsQuestion(text)
            && !ReaderChecks.NeedsAntecedent(text) && ReaderChecks.NamesSomeone(text)
            ? index - 1
            : -1;
    }
}
