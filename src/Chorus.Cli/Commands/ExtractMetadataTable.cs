using System.Globalization;
using Chorus.Evaluation;

namespace Chorus.Cli.Commands;

/// <summary>The metadata part of <c>chorus eval extract</c>: accuracy per field against the hand labels, and with <c>--pages</c> every miss.</summary>
internal static class ExtractMetadataTable
{
    public static void Write(TextWriter output, string labels, MetadataScores scores, bool listMisses)
    {
        output.WriteLine($"\nmetadata against {labels} ({scores.Count} labelled pages)");
        output.WriteLine($"{"field",-12} {"right",7}  accuracy");
        Row(output, "date", scores.Pages.Count(p => p.DateRight), scores.Count, scores.Date, "same calendar day; labelled undated and none read counts right");
        Row(output, "authors", scores.Pages.Count(p => p.AuthorsRight), scores.Count, scores.Authors, "normalised person-name set equal");
        Row(output, "any author", scores.Pages.Count(p => p.Label.Authors.Count > 0 && p.AnyAuthorFound), scores.PagesWithAuthors, scores.AnyAuthor, "a labelled name read, of pages with one");
        Row(output, "language", scores.Pages.Count(p => p.LanguageRight), scores.Count, scores.Language, "primary subtag equal");
        if (!listMisses)
        {
            return;
        }

        foreach (var page in scores.Pages.Where(p => !(p.DateRight && p.AuthorsRight && p.LanguageRight)))
        {
            var date = page.DateRight ? "" : $" date {Day(page.Date)} ({page.DateMethod}) want {Day(page.Label.Date)};";
            var authors = page.AuthorsRight ? "" : $" byline \"{page.Byline}\" want [{string.Join(", ", page.Label.Authors)}];";
            var language = page.LanguageRight ? "" : $" language {page.Language} ({page.LanguageMethod}) want {page.Label.Language};";
            output.WriteLine($"{page.Id[..12]}{date}{authors}{language}");
        }
    }

    private static void Row(TextWriter output, string field, int right, int of, double accuracy, string what) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{field,-12} {right,3}/{of,-3}  {accuracy:0.0000}  {what}"));

    private static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none";
}
