using System.Text.RegularExpressions;

namespace Chorus.Core.Summarization;

/// <summary>Scores each sentence of a story by corroboration (of the sentence and of its phrases), centrality, position and readability.</summary>
internal static partial class SentenceScorer
{
    /// <summary>Opening words that refer to something earlier in the article.</summary>
    private static readonly HashSet<string> DanglingOpenings = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "this", "that", "these", "those", "but", "and", "also", "however", "meanwhile",
        "his", "her", "their", "its", "there", "so", "yet", "still", "instead", "then",
    };

    public static double[] Score(StorySentences story, SummarizerOptions options)
    {
        var centroid = SparseVector.FromWeights(story.All
            .SelectMany(s => s.Vector.Ids.Zip(s.Vector.Weights, (id, w) => new KeyValuePair<int, double>(id, w))));
        var denseCentroid = centroid.ToDense(story.Space.TermCount);
        var centrality = story.All.Select(s => s.Vector.Dot(denseCentroid)).ToArray();
        var maxCentrality = Math.Max(1e-9, centrality.DefaultIfEmpty(0).Max());
        var scores = new double[story.All.Count];
        var phrases = options.PhraseCorroborationWeight > 0 ? PhraseCorroboration.Scores(story) : new double[story.All.Count];
        var graded = options.GradedCorroboration ? GradedSupport(story) : null;
        for (var i = 0; i < story.All.Count; i++)
        {
            var sentence = story.All[i];
            if (!IsCandidate(sentence, options))
            {
                scores[i] = double.NegativeInfinity;
                continue;
            }

            var corroboration = story.SourceCount <= 1 ? 0
                : graded is not null ? graded[i]
                : (story.Corroboration(i) - 1.0) / (story.SourceCount - 1);
            var position = options.PositionHalfLife > 0
                ? Math.Pow(0.5, sentence.Sentence.Index / options.PositionHalfLife)
                : 1.0 - sentence.RelativePosition;
            var score = (options.CorroborationWeight * corroboration)
                + (options.CentralityWeight * centrality[i] / maxCentrality)
                + (options.PositionWeight * position)
                + (options.PhraseCorroborationWeight * phrases[i]);
            if (OpensDangling(sentence.Sentence.Text))
            {
                score *= options.DanglingOpeningFactor;
            }

            if (options.AntecedentFactor < 1 && ReaderChecks.NeedsAntecedent(sentence.Sentence.Text)
                && !(options.PairWithAntecedent && options.Submodular is null && Antecedents.Of(story, i) >= 0))
            {
                score = options.AntecedentFactor > 0 ? score * options.AntecedentFactor : double.NegativeInfinity;
            }

            if (sentence.Sentence.Text.Contains('"', StringComparison.Ordinal))
            {
                score *= options.QuoteFactor;
            }

            scores[i] = score;
        }

        return scores;
    }

    /// <summary>
    /// How far the other independent sources report each sentence: for each, the similarity of its sentence closest to
    /// this one, averaged over them (1 when every other source has it word for word). Sources are summed in the order
    /// their first sentences come.
    /// </summary>
    private static double[] GradedSupport(StorySentences story)
    {
        var support = new double[story.All.Count];
        if (story.SourceCount <= 1)
        {
            return support;
        }

        var similarities = story.Similarities;
        var sourceOrder = story.All.Select(s => s.Source).Distinct().ToArray();
        var best = new double[story.Sources.Count == 0 ? 0 : story.Sources.Max() + 1];
        for (var index = 0; index < story.All.Count; index++)
        {
            var own = story.All[index].Source;
            Array.Clear(best);
            var row = similarities.Row(index);
            for (var j = 0; j < row.Length; j++)
            {
                var source = story.All[j].Source;
                if (source != own)
                {
                    best[source] = Math.Max(Math.Max(0, row[j]), best[source]);
                }
            }

            var sum = 0.0;
            foreach (var source in sourceOrder)
            {
                if (source != own)
                {
                    sum += best[source];
                }
            }

            support[index] = sum / (story.SourceCount - 1);
        }

        return support;
    }

    private static bool IsCandidate(StorySentence sentence, SummarizerOptions options)
    {
        var text = sentence.Sentence.Text;
        return !sentence.Sentence.IsQuoteFragment && sentence.Words >= options.MinWords && sentence.Words <= options.MaxWords
            && !sentence.Vector.IsEmpty && !ReaderChecks.IsQuestion(text) && !char.IsLower(text[0]) && !InterviewLine().IsMatch(text)
            && !(options.TeaserMaxWords > 0 && ReaderChecks.IsTeaser(text, sentence.Words, options.TeaserMaxWords));
    }

    private static bool OpensDangling(string text)
    {
        if (PronounAttribution().IsMatch(text))
        {
            return true;
        }

        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return DanglingOpenings.Contains(text[..end]);
    }

    /// <summary>A question or answer of an interview transcript ("Q. Do you think …", "A: We …"); "A." opens names too.</summary>
    [GeneratedRegex(@"^(?:Q[.:]|A:)")]
    private static partial Regex InterviewLine();

    /// <summary>A quote closed by "…, she said." names its speaker only earlier in the article.</summary>
    [GeneratedRegex(@"\s(?:he|she|they|it|we)\s+(?:said|says|added|told|explained|noted|warned|insisted)\b[^.]{0,40}\.\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex PronounAttribution();
}
