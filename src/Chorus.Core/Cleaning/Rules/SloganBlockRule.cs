using L = Chorus.Core.Cleaning.BoilerplateLexicon;

namespace Chorus.Core.Cleaning.Rules;

/// <summary>
/// Slogan blocks: runs of short lines most of which open with the same two words ("Our paper is …" ×10), the
/// shape of a mission statement or promotional banner, never of news prose.
/// </summary>
internal sealed class SloganBlockRule : ICleaningRule
{
    private const int MaxLineWords = 8;

    private const int MinRunLines = 4;

    /// <summary>At least this share of the run must open with the most common two-word opening.</summary>
    private const double MinSharedOpeningShare = 0.5;

    public string Name => "slogan blocks";

    public void Apply(CleaningContext context)
    {
        var run = new List<ScrapeLine>();
        foreach (var line in context.Lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            if (context.IsKept(line.Index) && line.Words <= MaxLineWords)
            {
                run.Add(line);
                continue;
            }

            Flush(context, run);
        }

        Flush(context, run);
    }

    private static void Flush(CleaningContext context, List<ScrapeLine> run)
    {
        if (run.Count >= MinRunLines)
        {
            var shared = run.GroupBy(l => Opening(l.Text), StringComparer.Ordinal).Max(g => g.Count());
            if (shared >= 3 && shared >= run.Count * MinSharedOpeningShare)
            {
                foreach (var line in run)
                {
                    context.Remove(line.Index, L.SloganBlock);
                }
            }
        }

        run.Clear();
    }

    private static string Opening(string text)
    {
        var words = text.ToLowerInvariant().Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 ? words[0] + " " + words[1] : text.ToLowerInvariant();
    }
}
