using Chorus.Core.Text;
using L = Chorus.Core.Cleaning.BoilerplateLexicon;

namespace Chorus.Core.Cleaning.Rules;

/// <summary>
/// A trailing list of unrelated teasers: another section's headlines and standfirsts after the article ends.
/// Found by position (after an end marker such as a print-edition line), by dates far from the article's own,
/// and by topic drift from the article's lead.
/// </summary>
internal sealed class TrailingTeaserRule : ICleaningRule
{
    /// <summary>A line shares less than this share of its content terms with the lead: it is about something else.</summary>
    private const double DriftOverlap = 0.2;

    /// <summary>After an end marker, the tail is teasers unless more than this share of its lines are on topic.</summary>
    private const double MaxOnTopicShareAfterEnd = 0.2;

    /// <summary>Dates this far from the article's own date belong to other stories (a sidebar of old or newer pieces).</summary>
    private const int FarDateDays = 180;

    private const int MinFarDateLines = 2;

    /// <summary>Without an end marker, a tail counts only if this share of its lines drift from the lead.</summary>
    private const double MinDriftShare = 0.8;

    public string Name => "trailing teasers";

    public void Apply(CleaningContext context)
    {
        var tailStart = context.EndMarker is { } end ? end + 1 : FarDateTailStart(context);
        if (tailStart is not { } start)
        {
            return;
        }

        var tail = context.Lines.Skip(start).Where(l => context.IsKept(l.Index)).ToList();
        if (tail.Count == 0)
        {
            return;
        }

        var leadTerms = context.LeadTerms();
        var drifting = tail.Count(l => Drifts(l, leadTerms));
        var isTeaserList = context.EndMarker is not null
            ? tail.Count - drifting <= tail.Count * MaxOnTopicShareAfterEnd
            : drifting >= tail.Count * MinDriftShare;
        if (isTeaserList)
        {
            foreach (var line in tail)
            {
                context.Remove(line.Index, L.TrailingTeasers);
            }
        }
    }

    private static bool Drifts(ScrapeLine line, HashSet<string> leadTerms)
    {
        var terms = Tokenizer.Terms(line.Text);
        if (terms.Count == 0)
        {
            return true;
        }

        var shared = terms.Count(leadTerms.Contains);
        return shared < terms.Count * DriftOverlap;
    }

    /// <summary>The first line of the last stretch that holds dated lines far from the article's date.</summary>
    private static int? FarDateTailStart(CleaningContext context)
    {
        if (context.ReferenceDate is not { } reference)
        {
            return null;
        }

        var farDated = context.Lines
            .Where(l => context.IsKept(l.Index) && l.Words <= 8)
            .Where(l => NewsDates.ParseLine(L.DateLabel().Replace(l.Text, "")) is { } d
                && Math.Abs(d.Date.DayNumber - reference.DayNumber) > FarDateDays)
            .Select(l => l.Index)
            .ToList();
        if (farDated.Count < MinFarDateLines)
        {
            return null;
        }

        // The teaser block starts at the headline just above its first date.
        var start = context.KeptBefore(farDated[0], 3)?.Index ?? farDated[0];
        while (context.KeptBefore(start, 3) is { } label && label.Words <= 3 && !label.EndsLikeSentence)
        {
            start = label.Index; // section labels above the list ("Opinion", "Editorial")
        }

        return start;
    }
}
