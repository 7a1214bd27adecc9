using System.Text.RegularExpressions;

namespace Chorus.Core.Summarization;

/// <summary>Scores each sentence of a story by corroboration, centrality, position and readability.</summary>
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
        var centrality = story.All.Select(s => s.Vector.Dot(centroid)).ToArray();
        var maxCentrality = Math.Max(1e-9, centrality.DefaultIfEmpty(0).Max());
        var scores = new double[story.All.Count];
        var support = new double[story.All.Count];
        if (Experiment.Y > 0)
        {
            var concepts = new StoryConcepts(story, 1);
            for (var i = 0; i < story.All.Count; i++)
            {
                var c = concepts.ConceptsOf(i);
                support[i] = c.Count == 0 ? 0 : c.Sum(x => concepts.Weight(x) - 1) / c.Count;
            }

            var max = Math.Max(1e-9, support.Max());
            for (var i = 0; i < support.Length; i++)
            {
                support[i] /= max;
            }
        }

        for (var i = 0; i < story.All.Count; i++)
        {
            var sentence = story.All[i];
            if (!IsCandidate(sentence, options))
            {
                scores[i] = double.NegativeInfinity;
                continue;
            }

            var corroboration = story.SourceCount <= 1 ? 0
                : options.SoftCorroboration > 0 ? SoftSupport(story, i, options.SoftCorroboration)
                : (story.Corroboration(i) - 1.0) / (story.SourceCount - 1);
            var position = options.PositionHalfLife > 0
                ? Math.Pow(0.5, sentence.Sentence.Index / options.PositionHalfLife)
                : 1.0 - sentence.RelativePosition;
            var score = (options.CorroborationWeight * corroboration)
                + (options.CentralityWeight * centrality[i] / maxCentrality)
                + (options.PositionWeight * position) + (Experiment.Y * support[i]);
            if (OpensDangling(sentence.Sentence.Text))
            {
                score *= options.DanglingOpeningFactor;
            }

            if (sentence.Sentence.Text.Contains('"', StringComparison.Ordinal) || (Experiment.Flags & 1) != 0 && FirstPerson().IsMatch(sentence.Sentence.Text))
            {
                score *= options.QuoteFactor;
            }

            if (Said().IsMatch(sentence.Sentence.Text))
            {
                score *= Experiment.SaidFactor;
            }

            scores[i] = score;
        }

        return scores;
    }

    /// <summary>Mean over the other sources of the best similarity of any of their sentences, raised to a power.</summary>
    private static double SoftSupport(StorySentences story, int i, double power)
    {
        var best = new Dictionary<int, double>();
        for (var j = 0; j < story.All.Count; j++)
        {
            var source = story.All[j].Source;
            if (source == story.All[i].Source)
            {
                continue;
            }

            var sim = Math.Max(0, story.Similarity(i, j));
            if (!best.TryGetValue(source, out var b) || sim > b)
            {
                best[source] = sim;
            }
        }

        return best.Values.Sum(v => Math.Pow(v, power)) / (story.SourceCount - 1);
    }

    [GeneratedRegex(@"\b(?:I|we|We|my|My|our|Our|us)\b")]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"\b(?:said|says|told)\b")]
    private static partial Regex Said();

    [GeneratedRegex(@"^(?:Q|A)[.:]")]
    private static partial Regex Interview();

    private static bool IsCandidate(StorySentence sentence, SummarizerOptions options)
    {
        var text = sentence.Sentence.Text;
        return !sentence.Sentence.IsQuoteFragment && sentence.Words >= options.MinWords && sentence.Words <= options.MaxWords
            && !sentence.Vector.IsEmpty && !text.EndsWith('?') && !char.IsLower(text[0])
            && ((Experiment.Flags & 8) == 0 || !Interview().IsMatch(text));
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

    /// <summary>A quote closed by "…, she said." names its speaker only earlier in the article.</summary>
    [GeneratedRegex(@"\s(?:he|she|they|it|we)\s+(?:said|says|added|told|explained|noted|warned|insisted)\b[^.]{0,40}\.\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex PronounAttribution();
}
