using Chorus.Core.Summarization;

namespace Chorus.Core.Corroboration;

/// <summary>
/// Credits each summary sentence with the sources that state it and shows those that dispute it, by
/// <see cref="SupportJudge"/> over every other document of the story: the credits say who reports a claim, not whose
/// words overlap it. A source that disputes a sentence is never credited with it, even if another of its sentences
/// agrees.
/// </summary>
internal static class SummarySupport
{
    public static List<SummarySentence> Credit(StorySentences story, StoryClaims claims, IReadOnlyList<SummarySentence> summary) =>
        summary.Select(sentence => Credit(story, claims, sentence)).ToList();

    private static SummarySentence Credit(StorySentences story, StoryClaims claims, SummarySentence sentence)
    {
        var index = claims.IndexOf(sentence.Sentence.ArticleId, sentence.Sentence.Index);
        if (index < 0)
        {
            return sentence;
        }

        var own = story.All[index];
        var verdicts = Enumerable.Range(0, story.Documents.Count)
            .Where(d => d != own.Document)
            .Select(d => (Document: d, Source: story.Sources[d], Verdict: claims.Judge(index, d)))
            .ToList();
        var disputing = verdicts.Where(v => v.Verdict.Kind == SupportKind.Disputes && v.Source != own.Source).Select(v => v.Source).ToHashSet();
        var attributions = new List<Attribution> { ToAttribution(story, index, 1.0) };
        foreach (var (_, source, verdict) in verdicts)
        {
            if (verdict.Kind == SupportKind.Supports && !disputing.Contains(source))
            {
                attributions.Add(ToAttribution(story, verdict.Evidence[0], verdict.Score));
            }
        }

        var disputes = verdicts
            .Where(v => v.Verdict.Kind == SupportKind.Disputes && v.Source != own.Source)
            .Select(v => ToDispute(story, v.Verdict))
            .ToList();
        var sources = attributions.Select(a => story.All[claims.IndexOf(a.ArticleId, a.SentenceIndex)].Source).Distinct().Count();
        return sentence with { IndependentSources = sources, Attributions = attributions, Disputes = disputes };
    }

    private static Attribution ToAttribution(StorySentences story, int index, double score)
    {
        var sentence = story.All[index].Sentence;
        return new Attribution(sentence.ArticleId, sentence.Index, sentence.Span, sentence.Text, Math.Round(score, 4));
    }

    private static Dispute ToDispute(StorySentences story, SupportVerdict verdict)
    {
        var sentence = story.All[verdict.Evidence[0]].Sentence;
        var clash = verdict.Clash!;
        return new Dispute(sentence.ArticleId, sentence.Index, sentence.Span, sentence.Text, clash.Kind, clash.ClaimValue, clash.SourceValue);
    }
}
