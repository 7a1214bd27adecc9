namespace Chorus.Core.Summarization;

/// <summary>
/// A linear model of how much of the human summaries a sentence covers, over <see cref="SentenceFeatures"/>.
/// </summary>
public static class LearnedImportance
{
    public static double Score(IReadOnlyList<double> features, IReadOnlyList<double> weights)
    {
        var score = 0.0;
        for (var k = 0; k < features.Count; k++)
        {
            score += features[k] * weights[k];
        }

        return score;
    }
}
