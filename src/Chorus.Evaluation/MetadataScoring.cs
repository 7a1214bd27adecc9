using System.Globalization;
using System.Text;
using Chorus.Core.Documents;
using Chorus.Core.Extraction;

namespace Chorus.Evaluation;

/// <summary>
/// One page's metadata as Chorus reads it (the article a brief would get), beside its label: date as a calendar
/// day, byline, language, and how each was found.
/// </summary>
public sealed record MetadataPageScore(
    string Id,
    string Url,
    PageMetadataLabel Label,
    DateOnly? Date,
    string? DateMethod,
    string? Byline,
    string? Language,
    string? LanguageMethod,
    bool DateRight,
    bool AuthorsRight,
    bool AnyAuthorFound,
    bool LanguageRight);

/// <summary>Per-field accuracy of page metadata over the labelled pages.</summary>
public sealed record MetadataScores(IReadOnlyList<MetadataPageScore> Pages)
{
    public int Count => Pages.Count;

    /// <summary>Same calendar day as labelled; a page labelled undated is right when nothing is read.</summary>
    public double Date => Share(Pages, p => p.DateRight);

    /// <summary>The normalised set of person names equals the labelled set (both empty counts right).</summary>
    public double Authors => Share(Pages, p => p.AuthorsRight);

    /// <summary>Of the pages with a labelled author, the share where at least one labelled name is read.</summary>
    public double AnyAuthor => Share(Pages.Where(p => p.Label.Authors.Count > 0).ToList(), p => p.AnyAuthorFound);

    public int PagesWithAuthors => Pages.Count(p => p.Label.Authors.Count > 0);

    /// <summary>The primary language subtag equals the labelled one.</summary>
    public double Language => Share(Pages, p => p.LanguageRight);

    private static double Share(IReadOnlyList<MetadataPageScore> pages, Func<MetadataPageScore, bool> right) =>
        pages.Count == 0 ? 0 : (double)pages.Count(right) / pages.Count;
}

/// <summary>Scores the date, authors and language Chorus gives each labelled page of a benchmark half.</summary>
public static class MetadataScoring
{
    private static readonly string[] NameSeparators = [",", ";", " and ", " & ", " und ", " e ", " y ", " и "];

    public static MetadataScores Score(ExtractionDataSet data, IReadOnlyDictionary<string, PageMetadataLabel> labels, ExtractionOptions? options = null) =>
        new(data.Pages
            .Where(p => labels.ContainsKey(p.Id))
            .Select(p => ScorePage(p, labels[p.Id], HtmlArticleBuilder.Build(new RawDocument(p.Id, data.Html(p), ContentKind.Html) { Url = p.Url }, options)))
            .ToList());

    public static MetadataPageScore ScorePage(BenchmarkPage page, PageMetadataLabel label, Article article)
    {
        var date = article.Published?.Date;
        var found = PersonNames(article.Byline);
        var wanted = label.Authors.Select(NormalName).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        var language = PrimaryTag(article.Language);
        return new MetadataPageScore(
            page.Id,
            page.Url,
            label,
            date,
            article.Published?.Evidence.Method,
            article.Byline,
            article.Language,
            article.Provenance.FirstOrDefault(f => f.Field == "language")?.Evidence.Method,
            date == label.Date,
            found.SetEquals(wanted),
            wanted.Overlaps(found),
            language == PrimaryTag(label.Language));
    }

    /// <summary>
    /// The normalised person names of a byline: split at commas, semicolons and "and", each name lower-cased,
    /// letters only, single-letter initials dropped ("Troy L. Smith" and "troy smith" are one name).
    /// </summary>
    public static HashSet<string> PersonNames(string? byline)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(byline))
        {
            return names;
        }

        foreach (var part in byline.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (NormalName(part) is { Length: > 0 } name)
            {
                names.Add(name);
            }
        }

        return names;
    }

    public static string NormalName(string name)
    {
        var letters = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            letters.Append(char.IsLetter(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1 || !IsLatin(w[0]));
        return string.Join(' ', words);
    }

    private static bool IsLatin(char c) => c < 0x250;

    private static string? PrimaryTag(string? language) =>
        string.IsNullOrWhiteSpace(language) ? null : language.Trim().Split('-', '_', ' ')[0].ToLower(CultureInfo.InvariantCulture);
}
