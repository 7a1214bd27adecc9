using System.Globalization;
using Chorus.Core.Briefs;
using Chorus.Core.Summarization;

namespace Chorus.Core.Rendering;

/// <summary>
/// The credit line under a summary sentence in Markdown: how many independent sources report it and which. This is
/// the one place that prints a sentence's credits, so a change to who is credited (or how) is made here.
/// </summary>
internal static class SummaryCredits
{
    /// <summary>
    /// "3 of 4 sources: **S4** The Daily Ledger · **S2** The Kharsun Courier (also S2a)". With <paramref name="verbose"/>
    /// every matching sentence is listed with its place and match score, copies included.
    /// </summary>
    public static string Line(Brief brief, SummarySentence sentence, bool verbose)
    {
        var credits = verbose
            ? sentence.Attributions.Select(a => Detailed(brief, a))
            : sentence.Attributions.Select(a => brief.SourceOf(a.ArticleId))
                .GroupBy(s => s.IndependentSource)
                .Select(g => Reading(g.Select(s => s.Label).Distinct(StringComparer.Ordinal).OrderBy(l => l.Length).ThenBy(l => l, StringComparer.Ordinal).ToList(), g.First()));
        var count = string.Create(CultureInfo.InvariantCulture, $"{sentence.IndependentSources} of {Plurals.Count(brief.IndependentSources, "source")}");
        return $"<sub>{count}: {string.Join(" · ", credits)}</sub>";
    }

    /// <summary>
    /// "Disputed by **S3** TRT World: nearly 1,000 (here: more than 1,000)", one entry per disputing independent
    /// source; null when none disputes the sentence.
    /// </summary>
    public static string? DisputeLine(Brief brief, SummarySentence sentence)
    {
        if (sentence.Disputes.Count == 0)
        {
            return null;
        }

        var entries = sentence.Disputes
            .GroupBy(d => brief.SourceOf(d.ArticleId).IndependentSource)
            .Select(g => g.First())
            .Select(d => $"**{brief.SourceOf(d.ArticleId).Label}** {Md.Escape(brief.SourceOf(d.ArticleId).Article.Outlet.Name)}: {Md.Escape(d.SourceValue)} (here: {Md.Escape(d.ClaimValue)})");
        return $"<sub>Disputed by {string.Join(" · ", entries)}</sub>";
    }

    private static string Reading(List<string> labels, BriefSource first)
    {
        var copies = labels.Count > 1 ? $" (also {string.Join(", ", labels.Skip(1))})" : "";
        return $"**{labels[0]}** {Md.Escape(first.Article.Outlet.Name)}{copies}";
    }

    private static string Detailed(Brief brief, Attribution attribution)
    {
        var source = brief.SourceOf(attribution.ArticleId);
        var where = $"sentence {attribution.SentenceIndex + 1}, chars {attribution.Span.Start}–{attribution.Span.End}";
        var similarity = attribution.Similarity >= 1 ? "" : string.Create(CultureInfo.InvariantCulture, $", match {attribution.Similarity:0.00}");
        return $"**{source.Label}** {Md.Escape(source.Article.Outlet.Name)} ({where}{similarity})";
    }
}

/// <summary>Counts with their noun in the right number: "1 source", "4 sources", "1 quantity", "3 quantities".</summary>
internal static class Plurals
{
    public static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? noun : Plural(noun))}");

    /// <summary>The plural of the regular nouns a brief counts: source → sources, quantity → quantities.</summary>
    public static string Plural(string noun) => noun.EndsWith('y') && !noun.EndsWith("ey", StringComparison.Ordinal) ? noun[..^1] + "ies" : noun + "s";
}
