using System.Globalization;
using Chorus.Core.Briefs;
using Chorus.Core.Facts;
using Chorus.Core.Text;

namespace Chorus.Evaluation;

/// <summary>Precision, recall and F1 of one kind of fact, with what was missed and what was wrong.</summary>
public sealed record FactKindScore(string Kind, int Correct, int Found, int Expected, IReadOnlyList<string> Missed, IReadOnlyList<string> Wrong)
{
    public double Precision => Found == 0 ? (Expected == 0 ? 1 : 0) : (double)Correct / Found;

    public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Scores a brief's facts against labels, one-to-one per kind. Quantities match on the phrase and the counted
/// noun's class; quotes on the speaker (any spelling of the surname) and the words (<see cref="FactsOptions.QuoteContainment"/>);
/// entities on the type and any shared spelling; dates on the file and the dates covered; conflicts on the noun
/// class and each labelled side's values falling on distinct found sides.
/// </summary>
public static class FactsScorer
{
    public static IReadOnlyList<FactKindScore> Score(Brief brief, FactsLabels labels)
    {
        var facts = brief.Facts;
        var fileOf = brief.Sources.ToDictionary(s => s.Article.Id, s => Path.GetFileName(s.Article.Origin), StringComparer.Ordinal);
        var scores = new List<FactKindScore>();
        if (labels.Quantities is { } quantities)
        {
            scores.Add(Match("quantities",
                facts.Quantities.Select(q => (Key: QuantityKey(q.Phrase, q.Head), Show: $"{q.Phrase} {q.Counted}")).DistinctBy(q => q.Key).ToList(),
                quantities.Select(l => (Key: QuantityKey(l.Phrase, HeadOf(l.Counted)), Show: $"{l.Phrase} {l.Counted}")).DistinctBy(l => l.Key).ToList(),
                (f, l) => f.Key == l.Key,
                f => f.Show,
                l => l.Show));
        }

        if (labels.Quotes is { } quotes)
        {
            scores.Add(Match("quotes", facts.Quotes.ToList(), quotes.ToList(), QuoteMatches, q => $"{q.Speaker}: “{q.Text}”", l => $"{l.Speaker}: “{l.Text}”"));
        }

        if (labels.Entities is { } entities)
        {
            scores.Add(Match("entities", facts.Entities.ToList(), entities.ToList(), EntityMatches, e => $"{e.Name} ({e.Type.ToString().ToLowerInvariant()})", l => $"{l.Variants[0]} ({l.Type})"));
        }

        if (labels.Dates is { } dates)
        {
            scores.Add(Match("dates",
                facts.Dates.Select(d => (Key: $"{fileOf[d.Source.ArticleId]} {Iso(d.From)}/{Iso(d.To)}", Show: $"{fileOf[d.Source.ArticleId]}: {d.Phrase}")).DistinctBy(d => d.Key).ToList(),
                dates.Select(l => (Key: $"{l.File} {DateKey(l.Date)}", Show: $"{l.File}: {l.Phrase}")).DistinctBy(l => l.Key).ToList(),
                (f, l) => f.Key == l.Key,
                f => f.Show,
                l => l.Show));
        }

        if (labels.Conflicts is { } conflicts)
        {
            scores.Add(Match("conflicts", facts.Conflicts.Where(c => c.Kind == ClaimKind.Quantity).ToList(), conflicts.ToList(), ConflictMatches, c => c.Claim, l => $"{l.Counted}: {string.Join(" vs ", l.Sides.Select(s => string.Join(", ", s)))}"));
        }

        return scores;
    }

    private static FactKindScore Match<TFound, TLabel>(string kind, List<TFound> found, List<TLabel> expected, Func<TFound, TLabel, bool> matches, Func<TFound, string> showFound, Func<TLabel, string> showLabel)
    {
        var usedFound = new HashSet<int>();
        var missed = new List<string>();
        foreach (var label in expected)
        {
            var index = Enumerable.Range(0, found.Count).FirstOrDefault(i => !usedFound.Contains(i) && matches(found[i], label), -1);
            if (index < 0)
            {
                missed.Add(showLabel(label));
            }
            else
            {
                usedFound.Add(index);
            }
        }

        var wrong = Enumerable.Range(0, found.Count).Where(i => !usedFound.Contains(i)).Select(i => showFound(found[i])).ToList();
        return new FactKindScore(kind, usedFound.Count, found.Count, expected.Count, missed, wrong);
    }

    private static string QuantityKey(string phrase, string head) =>
        $"{string.Join(' ', Tokenizer.Words(phrase.ToLowerInvariant()).Select(t => t.Text))}|{head}";

    /// <summary>The class of a labelled counted phrase, by the rule the extractor uses.</summary>
    private static string HeadOf(string counted) => CountedNouns.ClassOfPhrase(counted.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static bool QuoteMatches(Quote found, LabelledQuote label)
    {
        var speakerMatches = (found.Speaker, label.Speaker) switch
        {
            (null, null) => true,
            ({ } f, { } l) => SpellingVariants.AreNameVariants(f.Split(' ')[^1].ToLowerInvariant(), l.Split(' ')[^1].ToLowerInvariant()),
            _ => false,
        };
        return speakerMatches && found.Mentions.Any(m => WordAlignment.Containment(WordAlignment.Words(m.Text), WordAlignment.Words(label.Text)) >= new FactsOptions().QuoteContainment);
    }

    private static bool EntityMatches(Entity found, LabelledEntity label) =>
        string.Equals(found.Type.ToString(), label.Type, StringComparison.OrdinalIgnoreCase)
        && found.Variants.Any(v => label.Variants.Contains(v, StringComparer.OrdinalIgnoreCase));

    private static bool ConflictMatches(Conflict found, LabelledConflict label)
    {
        if (!found.Claim.StartsWith(CountedNouns.ClassOf(label.Counted), StringComparison.OrdinalIgnoreCase) || found.Sides.Count != label.Sides.Count)
        {
            return false;
        }

        var sides = found.Sides.Select(s => s.Values.Select(v => v.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal)).ToList();
        var used = new HashSet<int>();
        foreach (var side in label.Sides)
        {
            var index = Enumerable.Range(0, sides.Count).FirstOrDefault(i => !used.Contains(i) && side.All(v => sides[i].Contains(v.ToLowerInvariant())), -1);
            if (index < 0)
            {
                return false;
            }

            used.Add(index);
        }

        return true;
    }

    private static string DateKey(string date)
    {
        var parts = date.Split('/');
        if (parts.Length == 2)
        {
            return $"{parts[0]}/{parts[1]}";
        }

        return date.Length == 4 ? $"{date}-01-01/{date}-12-31" : $"{date}/{date}";
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
