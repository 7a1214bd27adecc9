using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Chorus.Core.Briefs;
using Chorus.Core.Documents;

namespace Chorus.Core.Rendering;

/// <summary>How the HTML brief links to its sources.</summary>
public sealed record BriefHtmlOptions
{
    /// <summary>
    /// The address of an article, at a character offset of its text when one is given. Null: links go to the
    /// source's entry in the same document (a self-contained file has no article pages).
    /// </summary>
    public Func<string, int?, string>? ArticleLink { get; init; }

    /// <summary>
    /// Characters of context shown on each side of a matching sentence: about two lines, enough to see what the
    /// sentence answers without reading the whole paragraph.
    /// </summary>
    public int ContextChars { get; init; } = 240;

    /// <summary>Entities listed per type before the rest are counted (the JSON lists all).</summary>
    public int MaxEntitiesPerType { get; init; } = 12;

    /// <summary>Numbers listed before the rest are counted: the ones most sources state come first.</summary>
    public int MaxQuantities { get; init; } = 20;
}

/// <summary>
/// The brief as HTML: the body (<see cref="Body"/>) that the web reader's story page shows, and a self-contained
/// document (<see cref="Document(BriefDto, IReadOnlyDictionary{string, string}, BriefHtmlOptions?)"/>) with its
/// stylesheet inline and no script, which <c>chorus brief --format html</c> writes and the web reader offers for
/// download. It renders the brief's JSON form (<see cref="BriefDto"/>) and the cleaned text of each source, so a
/// brief read back from the store renders exactly as a fresh one. Every text from a source is encoded.
/// </summary>
public static class BriefHtml
{
    private static readonly Lazy<string> Css = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Chorus.Core.Rendering.brief.css")
            ?? throw new InvalidOperationException("brief.css is not embedded in Chorus.Core");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    });

    /// <summary>The brief's stylesheet (the web reader serves it as a file; the self-contained document inlines it).</summary>
    public static string Stylesheet => Css.Value;

    /// <summary>The CSP source that allows exactly the inline stylesheet of <see cref="Document(BriefDto, IReadOnlyDictionary{string, string}, BriefHtmlOptions?)"/>.</summary>
    public static string StylesheetHash => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Stylesheet))) + "'";

    /// <summary>The self-contained document of a brief just built.</summary>
    public static string Render(Brief brief, IReadOnlyList<InputProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(brief);
        return Document(BriefJson.ToDto(brief, problems), Texts(brief));
    }

    /// <summary>The cleaned text of each source of a brief, by article id: what the brief's spans point into.</summary>
    public static IReadOnlyDictionary<string, string> Texts(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        return brief.Sources.ToDictionary(s => s.Article.Id, s => s.Article.Text, StringComparer.Ordinal);
    }

    /// <summary>The brief's body: an <c>article</c> element, headed by the headline as <c>h1</c>.</summary>
    public static string Body(BriefDto brief, IReadOnlyDictionary<string, string> texts, BriefHtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(texts);
        return new BriefHtmlBody(brief, texts, options ?? new BriefHtmlOptions()).Write();
    }

    public static string Document(BriefDto brief, IReadOnlyDictionary<string, string> texts, BriefHtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(brief);
        return Page(brief.Headline, Body(brief, texts, options));
    }

    /// <summary>The briefs of every story of a run in one self-contained document (one story reads as its brief alone).</summary>
    public static string Render(IReadOnlyList<Brief> briefs, IReadOnlyList<InputProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(briefs);
        return briefs.Count == 1
            ? Render(briefs[0], problems)
            : Page($"{briefs.Count} stories", string.Concat(briefs.Select(b => Body(BriefJson.ToDto(b, problems), Texts(b)))));
    }

    private static string Page(string title, string bodies)
    {
        var html = new HtmlWriter();
        html.Markup("<!DOCTYPE html>\n").Open("html", ("lang", "en")).Line()
            .Open("head").Markup("<meta charset=\"utf-8\">").Markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Markup("<meta name=\"generator\" content=\"Chorus\">").Line()
            .Element("title", title + " — Chorus brief").Line()
            .Open("style").Markup(Stylesheet).Close("style").Line()
            .Close("head").Line()
            .Open("body", ("class", "standalone")).Line()
            .Open("main").Markup(bodies).Close("main").Line()
            .Open("footer", ("class", "colophon")).Text("A Chorus brief: every summary sentence names the sources that report it.").Close("footer").Line()
            .Close("body").Line().Close("html").Line();
        return html.ToString();
    }
}
