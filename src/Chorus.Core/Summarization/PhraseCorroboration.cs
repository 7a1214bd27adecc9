using Chorus.Core.Text;

namespace Chorus.Core.Summarization;

/// <summary>
/// Corroboration at the level of phrases rather than whole sentences: the concepts of Gillick and Favre's
/// concept-coverage summarizer (stemmed word bigrams, skipping pairs of two function words), each counted by how many
/// independent sources use it. A sentence whose phrases many other sources repeat states what they agree on, even when
/// no single sentence of theirs is close enough to count as a match.
/// </summary>
internal static class PhraseCorroboration
{
    /// <summary>
    /// Each sentence's mean, over its distinct phrases, of the number of other sources using the phrase, scaled so the
    /// story's best sentence has 1 (all zeros when no phrase is shared).
    /// </summary>
    public static double[] Scores(StorySentences story)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        string TermOf(string lowered) => terms.TryGetValue(lowered, out var term) ? term : terms[lowered] = Tokenizer.TermOf(lowered);
        var phrases = story.All.Select(s => Phrases(s.Sentence.Text, TermOf).Distinct(StringComparer.Ordinal).ToList()).ToList();
        var sourcesOf = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var i = 0; i < phrases.Count; i++)
        {
            foreach (var phrase in phrases[i])
            {
                if (!sourcesOf.TryGetValue(phrase, out var sources))
                {
                    sourcesOf[phrase] = sources = [];
                }

                sources.Add(story.All[i].Source);
            }
        }

        var scores = phrases.Select(p => p.Count == 0 ? 0 : p.Average(phrase => sourcesOf[phrase].Count - 1.0)).ToArray();
        var max = scores.DefaultIfEmpty(0).Max();
        return max <= 0 ? scores.Select(_ => 0.0).ToArray() : scores.Select(s => s / max).ToArray();
    }

    /// <summary>
    /// The phrases of a sentence: adjacent word pairs, lower-cased, possessives dropped and stemmed, unless both
    /// words are function words ("of the" says nothing).
    /// </summary>
    public static IEnumerable<string> Phrases(string text) => Phrases(text, Tokenizer.TermOf);

    /// <summary><see cref="Phrases(string)"/> with the term of a lowered word given (a story's words recur: each is stemmed once).</summary>
    private static IEnumerable<string> Phrases(string text, Func<string, string> termOf)
    {
        string? previous = null;
        var previousIsStop = true;
        foreach (var token in Tokenizer.Words(text))
        {
            var lower = Tokenizer.Lowered(token.Text);
            var isStop = StopWords.Contains(lower);
            var word = termOf(lower);
            if (previous is not null && !(isStop && previousIsStop))
            {
                yield return previous + " " + word;
            }

            (previous, previousIsStop) = (word, isStop);
        }
    }
}
