namespace Chorus.Core.Text;

/// <summary>English function words: ignored when comparing content, used to spot sentence openings.</summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
        "do", "does", "doing", "down", "during", "each", "even", "few", "for", "from", "further", "had", "has", "have",
        "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in",
        "into", "is", "it", "its", "itself", "just", "last", "like", "many", "may", "me", "meanwhile", "might", "more",
        "most", "much", "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only",
        "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "since", "so",
        "some", "still", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
        "these", "they", "this", "those", "though", "through", "thus", "to", "too", "under", "until", "up", "upon",
        "us", "very", "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom",
        "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself",
        "said", "says", "say", "told", "according", "mr", "mrs", "ms", "s", "t", "also", "yesterday", "today",
    };

    public static bool Contains(string lowerCaseWord) => Words.Contains(lowerCaseWord);
}
