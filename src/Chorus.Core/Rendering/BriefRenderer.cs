using System.Text;
using Chorus.Core.Briefs;
using Chorus.Core.Documents;

namespace Chorus.Core.Rendering;

/// <summary>The forms a brief is written in.</summary>
public enum BriefFormat
{
    /// <summary>Readable Markdown (<see cref="BriefMarkdown"/>).</summary>
    Markdown,

    /// <summary>The JSON schema of docs/brief-schema.md (<see cref="BriefJson"/>).</summary>
    Json,

    /// <summary>A self-contained HTML document, stylesheet inline and no script (<see cref="BriefHtml"/>).</summary>
    Html,
}

/// <summary>The one entry from a brief to the bytes written, for every command and host that shows a brief.</summary>
public static class BriefRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The brief and the problems met reading its inputs, as UTF-8 without a byte-order mark.</summary>
    /// <param name="options">What the Markdown shows beyond the essentials; JSON always carries everything.</param>
    public static byte[] Render(Brief brief, IReadOnlyList<InputProblem> problems, BriefFormat format, MarkdownOptions? options = null) =>
        Render([brief], problems, format, options);

    /// <summary>
    /// The briefs of every story of a run (largest first) as the commands write them: Markdown with a line counting the
    /// stories (one story reads as a single brief), JSON as one stories document (docs/brief-schema.md) whatever the count.
    /// </summary>
    public static byte[] Render(IReadOnlyList<Brief> briefs, IReadOnlyList<InputProblem> problems, BriefFormat format, MarkdownOptions? options = null) => format switch
    {
        BriefFormat.Markdown => Utf8.GetBytes(BriefMarkdown.RenderStories(briefs, problems, options)),
        BriefFormat.Json => Utf8.GetBytes(BriefJson.RenderStories(briefs, problems)),
        BriefFormat.Html => Utf8.GetBytes(BriefHtml.Render(briefs, problems)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a brief format"),
    };
}
