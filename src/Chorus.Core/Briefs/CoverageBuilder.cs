using Chorus.Core.Corroboration;
using Chorus.Core.Summarization;

namespace Chorus.Core.Briefs;

/// <summary>
/// For each independent source, the sentences no other independent source states, by the same judgment that credits
/// summary sentences (<see cref="SupportJudge"/>): a paraphrase elsewhere is not exclusive.
/// </summary>
internal static class CoverageBuilder
{
    /// <summary>Shorter sentences are headings or fragments, not reports.</summary>
    private const int MinWords = 5;

    public static List<SourceCoverage> Build(StorySentences story, StoryClaims claims, IReadOnlyList<BriefSource> sources)
    {
        var coverage = new List<SourceCoverage>();
        for (var d = 0; d < story.Documents.Count; d++)
        {
            var source = sources.First(s => s.Article.Id == story.Documents[d].Id);
            if (source.CopyOf is not null)
            {
                continue;
            }

            var onlyHere = new List<SourceOnlySentence>();
            for (var i = 0; i < story.All.Count; i++)
            {
                var sentence = story.All[i];
                if (sentence.Document != d || sentence.Words < MinWords)
                {
                    continue;
                }

                if (!claims.ReportedElsewhere(i))
                {
                    onlyHere.Add(new SourceOnlySentence(sentence.Sentence.Index, sentence.Sentence.Span, sentence.Sentence.Text));
                }
            }

            coverage.Add(new SourceCoverage(source.Article.Id, source.Label, onlyHere));
        }

        return coverage;
    }
}
