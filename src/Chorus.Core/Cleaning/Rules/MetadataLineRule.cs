using Chorus.Core.Documents;
using Chorus.Core.Metadata;
using Chorus.Core.Text;
using L = Chorus.Core.Cleaning.BoilerplateLexicon;

namespace Chorus.Core.Cleaning.Rules;

/// <summary>
/// Lines that state metadata rather than news: source lines, print-edition lines, datelines with an outlet,
/// standalone date lines and bylines near the top, copyright lines. They leave the body and feed the metadata.
/// </summary>
internal sealed class MetadataLineRule : ICleaningRule
{
    /// <summary>Date lines and bylines are page headers only within the first lines of a scrape, before the prose.</summary>
    private const int HeaderLines = 8;

    /// <summary>The first line of prose this long ends the page header.</summary>
    private const int ProseWords = 8;

    /// <summary>Metadata lines are short; a longer line is prose that merely starts like one.</summary>
    private const int MaxWords = 14;

    public string Name => "metadata lines";

    public void Apply(CleaningContext context)
    {
        var keptSeen = 0;
        var inHeader = true;
        foreach (var line in context.Lines)
        {
            if (!context.IsKept(line.Index))
            {
                continue;
            }

            keptSeen++;
            inHeader &= keptSeen <= HeaderLines && !(line.EndsLikeSentence && line.Words >= ProseWords);
            if (line.Words <= MaxWords)
            {
                Classify(context, line, inHeader);
            }
        }
    }

    private static void Classify(CleaningContext context, ScrapeLine line, bool inHeader)
    {
        var text = line.Text;
        if (L.PublishedInLine().Match(text) is { Success: true } published)
        {
            context.OutletClues.Add(new OutletClue(OutletSource.PublicationLine, new Outlet(TidyName(published.Groups["outlet"].Value), new Evidence(EvidenceMethods.PublicationLine, text))));
            if (NewsDates.ParseLine(published.Groups["date"].Value) is { } date)
            {
                // Of several print-edition lines the last is listed first: it closes the text.
                var stated = new ArticleDate(date.Date, date.Time, text, new Evidence(EvidenceMethods.PublicationLine, text));
                context.DateClues.Insert(0, new DateClue(DateSource.PublicationLine, stated));
            }

            MarkEnd(context, line, L.PublishedLine);
            return;
        }

        if (L.SourceAttributionLine().Match(text) is { Success: true } source)
        {
            context.OutletClues.Add(new OutletClue(OutletSource.SourceLine, new Outlet(TidyName(source.Groups["outlet"].Value), new Evidence(EvidenceMethods.SourceLine, text))));
            MarkEnd(context, line, L.SourceLine);
            return;
        }

        if (L.Copyright().IsMatch(text))
        {
            if (L.CopyrightHolder().Match(text) is { Success: true } holder)
            {
                context.OutletClues.Add(new OutletClue(OutletSource.CopyrightLine, new Outlet(TidyName(holder.Groups["holder"].Value), new Evidence(EvidenceMethods.CopyrightLine, text))));
            }

            MarkEnd(context, line, L.CopyrightLine);
            return;
        }

        if (L.PlaceBarOutlet().Match(text) is { Success: true } placeBar && !line.EndsLikeSentence)
        {
            context.OutletClues.Add(new OutletClue(OutletSource.Dateline, new Outlet(placeBar.Groups["outlet"].Value.Trim(), new Evidence(EvidenceMethods.Dateline, text))));
            context.Dateline ??= placeBar.Groups["place"].Value.Trim();
            context.Remove(line.Index, L.DatelineLine);
            return;
        }

        if (inHeader && context.DateClues.Count == 0 && NewsDates.ParseLine(L.DateLabel().Replace(text, "")) is { } headerDate)
        {
            context.DateClues.Add(new DateClue(DateSource.DateLine, new ArticleDate(headerDate.Date, headerDate.Time, text, new Evidence(EvidenceMethods.DateLine, text))));
            context.Remove(line.Index, L.DateLine);
            return;
        }

        if (inHeader && L.Byline().Match(text) is { Success: true } byline)
        {
            context.Byline ??= byline.Groups["name"].Value;
            context.Remove(line.Index, L.BylineLine);
        }
    }

    private static void MarkEnd(CleaningContext context, ScrapeLine line, string reason)
    {
        context.Remove(line.Index, reason);
        context.EndMarker = Math.Max(context.EndMarker ?? -1, line.Index);
    }

    /// <summary>"DAILY NEWS" → "Daily News": all-caps names are title-cased except short acronyms.</summary>
    internal static string TidyName(string name)
    {
        var trimmed = name.Trim().TrimEnd('.');
        if (trimmed.Any(char.IsLower))
        {
            return trimmed;
        }

        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length <= 3 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant());
        return string.Join(' ', words);
    }
}
