using System.Text.RegularExpressions;
using Chorus.Core.Cleaning;
using Chorus.Core.Documents;
using Chorus.Core.Extraction;
using Chorus.Core.Facts;
using Chorus.Core.Lexicon;
using Chorus.Core.Metadata;
using Chorus.Core.Tests.Support;
using Chorus.Core.Text;
using Xunit;

namespace Chorus.Core.Tests.Lexicon;

/// <summary>
/// Each shared word list lives once, in src/Chorus.Core/Lexicon: every rule that needs it knows all of its words,
/// and no other source file holds a copy.
/// </summary>
public partial class LexiconTests
{
    private const string Prose = "The council voted to close the old bridge for repairs, officials said.";

    /// <summary>A sentence the trimmer leaves alone: no attribution, aside or weekday of its own.</summary>
    private const string Statement = "The council voted to close the old bridge for repairs after engineers found cracks in its piers.";

    public static TheoryData<string> Agencies => [.. NewsAgencies.Names];

    public static TheoryData<string> Weekdays => [.. CalendarWords.Weekdays];

    [Theory]
    [MemberData(nameof(Agencies))]
    public void EveryRuleThatKnowsAgenciesKnowsEachOne(string agency)
    {
        var page = string.Join('\n', "Bridge closes for repairs", "Water covers the main square.", agency, Prose);
        var credited = TextScrapeCleaner.Clean(new RawDocument("page.txt", page, ContentKind.PlainText));
        Assert.Contains(credited.Removed, r => r.Text == agency && r.Reason == BoilerplateLexicon.PhotoCredit);

        Assert.Matches(BoilerplatePatterns.FurniturePhrase(), agency + " photo");
        Assert.Equal(agency, Datelines.Read($"LISBON ({agency}) _ {Statement}")?.Agency?.Name);
        Assert.Equal(Statement, SentenceTrimmer.Trim($"LISBON ({agency}) _ {Statement}"));
    }

    [Theory]
    [MemberData(nameof(Weekdays))]
    public void EveryRuleThatKnowsWeekdaysKnowsEachOne(string weekday)
    {
        var mention = Assert.Single(NewsDates.Find($"{weekday}, March 15, 2026"));
        Assert.StartsWith(weekday, mention.Text, StringComparison.Ordinal);

        Assert.Equal(weekday, DatePatterns.Relative().Match($"The bridge closed on {weekday} night.").Groups["weekday"].Value);
        Assert.Contains(weekday, EntityLexicon.NotNames);
        Assert.Equal(Statement, SentenceTrimmer.Trim($"{Statement[..^1]} on {weekday}."));
    }

    [Fact]
    public void EveryAuxiliaryEndsACountedNounPhrase()
    {
        Assert.All(Auxiliaries.All, a => Assert.Contains(a, CountedNouns.PhraseEnders));
        Assert.Subset(Auxiliaries.All.ToHashSet(), Auxiliaries.Tense.ToHashSet());
    }

    [Fact]
    public void NoSourceFileOutsideTheLexiconHoldsACopyOfItsLists()
    {
        var src = Path.Combine(RepoPaths.Root, "src");
        var lexicon = Path.Combine(src, "Chorus.Core", "Lexicon") + Path.DirectorySeparatorChar;
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(lexicon, StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var copies = new List<string>();
        foreach (var file in files)
        {
            var number = 0;
            var inRawString = false;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                if (CopyIn(line, inRawString) is { } list)
                {
                    copies.Add($"{Path.GetRelativePath(src, file)}:{number}: {list}");
                }

                inRawString ^= RawStringQuotes().Count(line) % 2 == 1;
            }
        }

        Assert.True(copies.Count == 0, "word lists copied outside src/Chorus.Core/Lexicon:\n" + string.Join('\n', copies));
        Assert.NotEmpty(Directory.GetFiles(lexicon, "*.cs"));
    }

    /// <summary>
    /// Which list a line of code copies, if any: two agency names or two weekdays in one line, three month names
    /// ("May" and "March" are ordinary words too), or three auxiliaries that make up most of the words the line
    /// holds in strings, quoted or inside a raw string (a stop-word list holds auxiliaries among many other words and
    /// is not a copy). Comment lines are prose.
    /// </summary>
    private static string? CopyIn(string line, bool inRawString)
    {
        if (!inRawString && line.TrimStart().StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var agencies = NewsAgencies.Names.Where(n => n.Length >= 3 && Regex.IsMatch(line, $@"(?i)\b{Regex.Escape(n)}\b")).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        if (agencies >= 2)
        {
            return "news agencies";
        }

        if (WeekdayWord().Matches(line).Select(m => m.Value.ToLowerInvariant()).Distinct().Count() >= 2)
        {
            return "weekdays";
        }

        if (CalendarWords.Months.Except(["May", "March"]).Count(m => Regex.IsMatch(line, $@"(?i)\b{m}\b")) >= 3)
        {
            return "months";
        }

        var strings = inRawString ? [line] : QuotedText().Matches(line).Select(m => m.Groups[1].Value);
        var words = strings.SelectMany(s => Word().Matches(s).Select(m => m.Value.ToLowerInvariant())).ToList();
        var auxiliaries = words.Count(Auxiliaries.All.Contains);
        return auxiliaries >= 3 && auxiliaries * 2 > words.Count ? "auxiliary verbs" : null;
    }

    /// <summary>Weekday names, and the stems a pattern writes them with ("(?:Mon|Tues|Wednes|…)day").</summary>
    [GeneratedRegex(@"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|wednes|thurs|satur)\b")]
    private static partial Regex WeekdayWord();

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex QuotedText();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex("\"\"\"")]
    private static partial Regex RawStringQuotes();
}
