using Chorus.Core.Documents;

namespace Chorus.Core.Facts;

/// <summary>
/// The day an undated article is read from, chosen among the story's days and the week after them. An article names
/// the days of its events by weekday ("on Monday", "Wednesday"), and one article's events lie close together: the
/// day chosen is the first one on which the days it names and the story's dated span fit in the shortest stretch of
/// time. A story dated Tuesday whose undated article names Monday, Tuesday and Wednesday was published on Wednesday
/// or later, not a week earlier. An article that names no weekday keeps the story's whole span.
/// </summary>
internal static class UndatedAnchor
{
    public static (DateOnly First, DateOnly Last) Of(string text, IReadOnlyList<Sentence> sentences, (DateOnly First, DateOnly Last) story)
    {
        var named = NamedWeekdays(text, sentences);
        if (named.Count == 0)
        {
            return story;
        }

        DateOnly? best = null;
        var bestStretch = int.MaxValue;
        for (var day = story.First; day <= story.Last.AddDays(6); day = day.AddDays(1))
        {
            var earliest = named.Select(weekday => day.AddDays(-(((int)day.DayOfWeek - (int)weekday + 7) % 7))).Min();
            var stretch = (day > story.Last ? day : story.Last).DayNumber - (earliest < story.First ? earliest : story.First).DayNumber;
            if (stretch < bestStretch)
            {
                (best, bestStretch) = (day, stretch);
            }
        }

        return (best!.Value, best.Value);
    }

    /// <summary>Bare weekdays of sentences about the past: "on Monday", "late Tuesday", not "next Friday" or "will meet Friday".</summary>
    private static HashSet<DayOfWeek> NamedWeekdays(string text, IReadOnlyList<Sentence> sentences)
    {
        var named = new HashSet<DayOfWeek>();
        foreach (var sentence in sentences)
        {
            var sentenceText = text.Substring(sentence.Span.Start, sentence.Span.Length);
            var future = RelativeDates.SoundsFuture(sentenceText);
            foreach (System.Text.RegularExpressions.Match m in DatePatterns.Relative().Matches(sentenceText))
            {
                if (m.Groups["weekday"].Success && m.Groups["rel"].Value.ToLowerInvariant() is "" or "on"
                    && (!future || RelativeDates.FollowsPastVerb(sentenceText, m.Index)))
                {
                    named.Add(Enum.Parse<DayOfWeek>(m.Groups["weekday"].Value));
                }
            }
        }

        return named;
    }
}
