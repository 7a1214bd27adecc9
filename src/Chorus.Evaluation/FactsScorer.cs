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
/// entities on the type and any shared spelling; dates on the article and the dates covered (a label with no
/// date is not expected, so a date found for it is wrong); conflicts on the kind, the noun class and each labelled
/// side's values falling on distinct found sides.
/// </summary>
public static class FactsScorer
{
    public static IReadOnlyList<FactKindScore> Score(Brief brief, FactsLabels labels)
    {
        var facts = brief.Facts;
        var nameOf = brief.Sources.ToDictionary(s => s.Article.Id, s => FactsLabelArticles.ArticleName(s.Article.Origin), StringComparer.Ordinal);
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
                facts.Dates.DistinctBy(d => (nameOf[d.Source.ArticleId], d.From, d.To)).ToList(),
                dates.Where(l => l.Date is not null).DistinctBy(l => (l.ArticleName, l.Date)).ToList(),
                (f, l) => nameOf[f.Source.ArticleId] == l.ArticleName && DateMatches(f.From, f.To, l.Date!),
                f => $"{nameOf[f.Source.ArticleId]}: {f.Phrase} ({Iso(f.From)}/{Iso(f.To)})",
                l => $"{l.ArticleName}: {l.Phrase} ({l.Date})"));
        }

        if (labels.Conflicts is { } conflicts)
        {
            scores.Add(Match("conflicts", facts.Conflicts.Where(c => c.Kind is ClaimKind.Quantity or ClaimKind.Date).ToList(), conflicts.ToList(), ConflictMatches, ShowConflict, l => $"{(l.IsDate ? "date" : l.Counted)}: {string.Join(" vs ", l.Sides.Select(s => string.Join(", ", s)))}"));
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
        var containment = new FactsOptions().QuoteContainment;
        return speakerMatches && found.Mentions.Any(m => label.Wordings.Any(w => WordAlignment.Containment(WordAlignment.Words(m.Text), WordAlignment.Words(w)) >= containment));
    }

    private static bool EntityMatches(Entity found, LabelledEntity label) =>
        string.Equals(found.Type.ToString(), label.Type, StringComparison.OrdinalIgnoreCase)
        && found.Variants.Any(v => label.Variants.Contains(v, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// A found conflict matches a label of its kind (quantity: the same noun class) with as many sides, each label
    /// side falling on a distinct found side. A label value without a digit ("a majority") is not a number the
    /// extractor can state, so it does not have to be found; a date value is found in a side value's phrase.
    /// </summary>
    private static bool ConflictMatches(Conflict found, LabelledConflict label)
    {
        if (label.IsDate != (found.Kind == ClaimKind.Date) || found.Sides.Count != label.Sides.Count
            || (!label.IsDate && !found.Claim.StartsWith(CountedNouns.ClassOf(label.Counted ?? ""), StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var sides = found.Sides.Select(s => s.Values.Select(v => v.Value.ToLowerInvariant()).ToList()).ToList();
        var used = new HashSet<int>();
        foreach (var side in label.Sides)
        {
            var values = side.Where(v => v.Any(char.IsAsciiDigit)).Select(v => v.ToLowerInvariant()).ToList();
            var index = Enumerable.Range(0, sides.Count).FirstOrDefault(
                i => !used.Contains(i) && values.All(v => sides[i].Any(stated => label.IsDate ? stated.Contains(v, StringComparison.Ordinal) : stated == v)),
                -1);
            if (index < 0)
            {
                return false;
            }

            used.Add(index);
        }

        return true;
    }

    private static string ShowConflict(Conflict c) => $"{c.Claim}: {string.Join(" vs ", c.Sides.Select(s => string.Join(", ", s.Values.Select(v => v.Value))))}";

    /// <summary>
    /// A found date range against a labelled one: "YYYY-MM-DD", "YYYY", "FROM/TO", or a day or month without a
    /// year ("--09-24", "--07"), which any year's same day or whole month matches.
    /// </summary>
    internal static bool DateMatches(DateOnly from, DateOnly to, string label)
    {
        if (label.StartsWith("--", StringComparison.Ordinal))
        {
            var parts = label[2..].Split('-');
            var month = int.Parse(parts[0], CultureInfo.InvariantCulture);
            return parts.Length == 2
                ? from == to && from.Month == month && from.Day == int.Parse(parts[1], CultureInfo.InvariantCulture)
                : from.Day == 1 && from.Month == month && to == new DateOnly(from.Year, month, DateTime.DaysInMonth(from.Year, month));
        }

        var range = label.Split('/');
        var (first, last) = range.Length == 2 ? (range[0], range[1]) : (label, label);
        return Iso(from) == (first.Length == 4 ? first + "-01-01" : first) && Iso(to) == (last.Length == 4 ? last + "-12-31" : last);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
