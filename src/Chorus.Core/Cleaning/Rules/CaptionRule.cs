using L = Chorus.Core.Cleaning.BoilerplateLexicon;

namespace Chorus.Core.Cleaning.Rules;

/// <summary>
/// Photo captions and credits: a credit line ("Reuters", "Photo: AFP") and the caption right above it; lines that
/// open with a caption label; and caption-length lines a scrape repeats within the page (figcaption plus alt text).
/// </summary>
internal sealed class CaptionRule : ICleaningRule
{
    private const int MaxCreditWords = 6;

    private const int MaxLabelledCreditWords = 8;

    /// <summary>Captions are a sentence or two; a caption above a credit is at most this long.</summary>
    private const int MaxCaptionWords = 60;

    /// <summary>Repeated lines up to this length are captions or alt text and all copies go; longer ones keep the first.</summary>
    private const int MaxRepeatedCaptionWords = 30;

    /// <summary>Lines shorter than this repeat legitimately (a heading reused, "Politics").</summary>
    private const int MinRepeatedWords = 4;

    public string Name => "captions";

    public void Apply(CleaningContext context)
    {
        RemoveCredits(context);
        RemoveRepeatedLines(context, context.TitleIndex);
    }

    private static void RemoveCredits(CleaningContext context)
    {
        foreach (var line in context.Lines)
        {
            if (!context.IsKept(line.Index))
            {
                continue;
            }

            if (IsCredit(line))
            {
                context.Remove(line.Index, L.PhotoCredit);
                if (context.KeptBefore(line.Index, 2) is { } caption && caption.Words <= MaxCaptionWords)
                {
                    context.Remove(caption.Index, L.PhotoCaption);
                }
            }
            else if (line.Words <= MaxCaptionWords && L.CaptionLabel().IsMatch(line.Text))
            {
                context.Remove(line.Index, L.PhotoCaption);
            }
        }
    }

    /// <summary>An agency name alone, or a short labelled credit ("Photo: Courier / J. Smith").</summary>
    private static bool IsCredit(ScrapeLine line) =>
        (line.Words <= MaxCreditWords && L.PhotoCreditLine().IsMatch(line.Text))
        || (line.Words <= MaxLabelledCreditWords && !line.EndsLikeSentence && L.CaptionLabel().IsMatch(line.Text));

    private static void RemoveRepeatedLines(CleaningContext context, int? titleIndex)
    {
        var groups = context.Lines
            .Where(l => !l.IsBlank && l.Words >= MinRepeatedWords)
            .GroupBy(l => CorpusLineCounts.Normalize(l.Text), StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            var copies = group.ToList();
            var keepFirst = copies[0].Index == titleIndex || copies[0].Words > MaxRepeatedCaptionWords;
            foreach (var copy in keepFirst ? copies.Skip(1) : copies)
            {
                context.Remove(copy.Index, L.RepeatedLine);
            }
        }
    }
}
