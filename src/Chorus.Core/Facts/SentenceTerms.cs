using Chorus.Core.Text;

namespace Chorus.Core.Facts;

/// <summary>Content terms of sentences, computed once per sentence text (many facts share one sentence).</summary>
internal sealed class SentenceTerms
{
    private readonly Dictionary<string, List<string>> cache = new(StringComparer.Ordinal);

    public List<string> Of(string sentence)
    {
        if (!cache.TryGetValue(sentence, out var terms))
        {
            terms = Tokenizer.Terms(sentence);
            cache[sentence] = terms;
        }

        return terms;
    }
}
