using Chorus.Core.Clustering;
using Chorus.Core.Rendering;
using Chorus.Core.Storage;
using Chorus.Core.Text;

namespace Chorus.Web.Briefs;

/// <summary>A word or name the clusterer counts that several independent sources of a story share.</summary>
public sealed record SharedTerm(string Word, int Sources, bool IsName);

/// <summary>
/// One article of a story and why it is there: how it joined (started the story, similar enough, a copy) with the
/// score that decided it, and its TF-IDF cosine with the rest of the story's independent sources.
/// </summary>
public sealed record MemberReason(string Label, string ArticleId, string Outlet, string JoinedAs, double Score, double Similarity, string? CopyOf);

/// <summary>Why a story's articles are one story: the terms and names they share, and each article's join.</summary>
public sealed record StoryExplanation(IReadOnlyList<SharedTerm> Terms, IReadOnlyList<MemberReason> Members)
{
    /// <summary>
    /// Shared terms shown: enough to see what the story is about at a glance; the rest add little after the
    /// heaviest (ranked by sources, then rarity in the store).
    /// </summary>
    private const int MaxTerms = 18;

    private static readonly ClusteringOptions Features = new();

    /// <summary>
    /// Uses the clusterer's own features of each source (<see cref="DocumentFeatures"/>) and the store's document
    /// frequencies, so the explanation weighs words as the clustering did.
    /// </summary>
    public static StoryExplanation Explain(BriefDto brief, IReadOnlyDictionary<string, string> texts, IReadOnlyList<StoryMember> members, Func<IReadOnlyCollection<string>, (long Documents, IReadOnlyDictionary<string, int> Frequencies)> frequencies)
    {
        var originals = brief.Sources.Where(s => s.CopyOf is null && texts.ContainsKey(s.ArticleId)).ToList();
        var features = originals.ToDictionary(
            s => s.Label,
            s => DocumentFeatures.Of(new ClusterDocument(s.ArticleId, s.Title, texts[s.ArticleId], DateTime.UnixEpoch), Features),
            StringComparer.Ordinal);
        var allTerms = features.Values.SelectMany(f => f.TermCounts.Keys).ToHashSet(StringComparer.Ordinal);
        var (documents, frequency) = frequencies(allTerms);
        double Idf(string term) => Math.Log((documents + 1.0) / (frequency.GetValueOrDefault(term) + 0.5));

        var surface = SurfaceForms(originals.Select(s => texts[s.ArticleId]));
        var terms = allTerms
            .Select(t => (Term: t, Sources: features.Values.Count(f => f.TermCounts.ContainsKey(t)), IsName: features.Values.Any(f => f.Entities.Contains(t))))
            .Where(t => t.Sources >= Math.Min(2, features.Count) && surface.ContainsKey(t.Term))
            .OrderByDescending(t => t.Sources * Idf(t.Term)).ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(MaxTerms)
            .Select(t => new SharedTerm(surface[t.Term], t.Sources, t.IsName))
            .ToList();

        var vectors = features.ToDictionary(f => f.Key, f => f.Value.TermCounts.ToDictionary(c => c.Key, c => c.Value * Idf(c.Key), StringComparer.Ordinal), StringComparer.Ordinal);
        var byArticle = brief.Sources.GroupBy(s => s.ArticleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var reasons = members.Where(m => byArticle.ContainsKey(m.ArticleId)).Select(m =>
        {
            var source = byArticle[m.ArticleId];
            var own = originals.FirstOrDefault(o => o.IndependentSource == source.IndependentSource)?.Label;
            var similarity = own is null ? 0 : Cosine(vectors[own], Sum(vectors.Where(v => v.Key != own).Select(v => v.Value)));
            var copyOf = m.CopyOf is { } original && byArticle.TryGetValue(original, out var copied) ? copied.Label : null;
            return new MemberReason(source.Label, m.ArticleId, m.Outlet, m.JoinedAs, m.Score, similarity, copyOf);
        }).OrderBy(r => r.Label, StringComparer.Ordinal).ToList();
        return new StoryExplanation(terms, reasons);
    }

    /// <summary>The most common written form of each term (capitalised when that is how the texts write it).</summary>
    private static Dictionary<string, string> SurfaceForms(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var token in Tokenizer.Words(text))
            {
                var lowered = Tokenizer.Lowered(token.Text);
                if (lowered.Length < 2)
                {
                    continue;
                }

                var term = Tokenizer.TermOf(lowered);
                if (!counts.TryGetValue(term, out var forms))
                {
                    counts[term] = forms = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                var form = char.IsUpper(token.Text[0]) && token.Text.Skip(1).Any(char.IsLower) ? token.Text : lowered;
                forms[form] = forms.GetValueOrDefault(form) + 1;
            }
        }

        return counts.ToDictionary(c => c.Key, c => c.Value.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key, StringComparer.Ordinal);
    }

    private static Dictionary<string, double> Sum(IEnumerable<Dictionary<string, double>> vectors)
    {
        var sum = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var vector in vectors)
        {
            foreach (var (term, weight) in vector)
            {
                sum[term] = sum.GetValueOrDefault(term) + weight;
            }
        }

        return sum;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var dot = a.Sum(x => x.Value * b.GetValueOrDefault(x.Key));
        var norm = Math.Sqrt(a.Values.Sum(v => v * v)) * Math.Sqrt(b.Values.Sum(v => v * v));
        return norm == 0 ? 0 : dot / norm;
    }
}
