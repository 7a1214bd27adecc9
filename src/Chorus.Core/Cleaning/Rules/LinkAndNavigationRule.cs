using L = Chorus.Core.Cleaning.BoilerplateLexicon;

namespace Chorus.Core.Cleaning.Rules;

/// <summary>Teaser links to other articles, navigation links, and section crumbs at the top of a page.</summary>
internal sealed class LinkAndNavigationRule : ICleaningRule
{
    /// <summary>A teaser is a headline-length line; longer lines are prose.</summary>
    private const int MaxTeaserWords = 30;

    private const int MaxNavigationWords = 6;

    /// <summary>Crumbs come before the headline, within the first few lines.</summary>
    private const int CrumbZone = 4;

    public string Name => "links and navigation";

    public void Apply(CleaningContext context)
    {
        var keptSeen = 0;
        foreach (var line in context.Lines)
        {
            if (!context.IsKept(line.Index))
            {
                continue;
            }

            keptSeen++;
            if (line.Words <= MaxTeaserWords && L.TeaserLabel().IsMatch(line.Text))
            {
                context.Remove(line.Index, L.TeaserLink);
            }
            else if (line.Words <= MaxNavigationWords && L.NavigationLink().IsMatch(line.Text))
            {
                context.Remove(line.Index, L.Navigation);
            }
            else if (keptSeen <= CrumbZone && LooksLikeCrumbs(line))
            {
                context.Remove(line.Index, L.SectionCrumbs);
            }
        }
    }

    /// <summary>
    /// Section names run together when a menu is flattened to text ("WorldAsia-PacificPolitics": a lower-case letter
    /// directly followed by a capital, twice or more), or are joined by crumb separators ("World › Asia › Politics").
    /// </summary>
    internal static bool LooksLikeCrumbs(ScrapeLine line)
    {
        if (line.EndsLikeSentence || line.Words > 12)
        {
            return false;
        }

        var joins = 0;
        for (var i = 1; i < line.Text.Length; i++)
        {
            if (char.IsLower(line.Text[i - 1]) && char.IsUpper(line.Text[i]))
            {
                joins++;
            }
        }

        return joins >= 2 || L.CrumbSeparator().Count(line.Text) >= 2;
    }
}
