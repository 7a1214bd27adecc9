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
                if (sentence.Document != d)
                {
                    continue;
                }

                // A quotation of several sentences is shown whole: its later sentences alone read as fragments.
                var last = i;
                while (last - i + 1 < QuotedRuns.MaxSentences && QuotedRuns.LeavesOpen(JoinedText(story, i, last))
                    && last + 1 < story.All.Count && story.All[last + 1].Document == d)
                {
                    last++;
                }

                if (last > i && !QuotedRuns.LeavesOpen(JoinedText(story, i, last)))
                {
                    if (Enumerable.Range(i, last - i + 1).Any(k => story.All[k].Words >= MinWords && !claims.ReportedElsewhere(k)))
                    {
                        var span = new Documents.TextSpan(sentence.Sentence.Span.Start, story.All[last].Sentence.Span.End - sentence.Sentence.Span.Start);
                        onlyHere.Add(new SourceOnlySentence(sentence.Sentence.Index, span, JoinedText(story, i, last)));
                    }

                    i = last;
                    continue;
                }

                if (sentence.Words >= MinWords && !claims.ReportedElsewhere(i))
                {
                    onlyHere.Add(new SourceOnlySentence(sentence.Sentence.Index, sentence.Sentence.Span, sentence.Sentence.Text));
                }
            }

            coverage.Add(new SourceCoverage(source.Article.Id, source.Label, onlyHere));
        }

        return coverage;
    }

    private static string JoinedText(StorySentences story, int first, int last) =>
        string.Join(' ', Enumerable.Range(first, last - first + 1).Select(k => story.All[k].Sentence.Text));
}
