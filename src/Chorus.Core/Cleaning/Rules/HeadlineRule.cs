using L = Chorus.Core.Cleaning.BoilerplateLexicon;

namespace Chorus.Core.Cleaning.Rules;

/// <summary>
/// The headline: the first kept line when it is headline-shaped, or the second when the first is a one- or two-word
/// section label above it ("World", "Veldoria"), which is removed as crumbs. Not sought when the container gave the title.
/// </summary>
internal sealed class HeadlineRule : ICleaningRule
{
    /// <summary>A first line this short and without closing punctuation is the headline.</summary>
    private const int MaxTitleWords = 25;

    public string Name => "headline";

    public void Apply(CleaningContext context)
    {
        if (context.TitleGiven)
        {
            return;
        }

        var top = context.KeptLines.Take(2).ToList();
        if (top.Count == 2 && IsSectionLabel(top[0]) && LooksLikeHeadline(top[1]))
        {
            context.Remove(top[0].Index, L.SectionCrumbs);
            context.TitleIndex = top[1].Index;
            return;
        }

        context.TitleIndex = top.Count > 0 && LooksLikeHeadline(top[0]) ? top[0].Index : null;
    }

    private static bool LooksLikeHeadline(ScrapeLine line) => !line.EndsLikeSentence && line.Words is >= 3 and <= MaxTitleWords;

    private static bool IsSectionLabel(ScrapeLine line) => !line.EndsLikeSentence && line.Words <= 2;
}
