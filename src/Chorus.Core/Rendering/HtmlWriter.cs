using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Chorus.Core.Rendering;

/// <summary>
/// Writes HTML where every piece of text is encoded on the way in: <see cref="Text(string)"/> and attribute values can
/// hold anything a scraped page holds (markup, script, quotes) and it stays text. Only this class writes raw markup.
/// </summary>
public sealed class HtmlWriter
{
    /// <summary>Encodes only what HTML needs encoded, so non-Latin text stays readable in the source.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder html = new();

    public static string Encode(string text) => Encoder.Encode(text);

    /// <summary>Opens an element; attributes with a null value are left out, the others are encoded.</summary>
    public HtmlWriter Open(string tag, params (string Name, string? Value)[] attributes)
    {
        html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                html.Append(' ').Append(name).Append("=\"").Append(Encoder.Encode(value)).Append('"');
            }
        }

        html.Append('>');
        return this;
    }

    public HtmlWriter Close(string tag)
    {
        html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public HtmlWriter Element(string tag, string text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    public HtmlWriter Text(string text)
    {
        html.Append(Encoder.Encode(text));
        return this;
    }

    public HtmlWriter Text(FormattableString text) => Text(text.ToString(CultureInfo.InvariantCulture));

    /// <summary>Markup this program wrote itself (never text from an input).</summary>
    public HtmlWriter Markup(string markup)
    {
        html.Append(markup);
        return this;
    }

    public HtmlWriter Line()
    {
        html.Append('\n');
        return this;
    }

    /// <summary>
    /// The text around <c>[start, end)</c> of <paramref name="text"/>, within its paragraph and at most
    /// <paramref name="aroundChars"/> either side (cut at a space), with the span in a <c>mark</c>.
    /// </summary>
    public HtmlWriter SpanInContext(string text, int start, int end, int aroundChars)
    {
        if (text.Length == 0)
        {
            return this;
        }

        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var paragraphStart = text.LastIndexOf("\n\n", Math.Max(0, start - 1), StringComparison.Ordinal) is var p and >= 0 ? p + 2 : 0;
        var paragraphEnd = text.IndexOf("\n\n", end, StringComparison.Ordinal) is var q and >= 0 ? q : text.Length;
        var from = Math.Max(paragraphStart, start - aroundChars);
        var to = Math.Min(paragraphEnd, end + aroundChars);
        if (from > paragraphStart && text.IndexOf(' ', from, start - from) is var space and >= 0)
        {
            from = space + 1;
        }

        if (to < paragraphEnd && to > end && text.LastIndexOf(' ', to - 1, to - end) is var last and >= 0)
        {
            to = last;
        }

        if (from > paragraphStart)
        {
            Text("…");
        }

        Text(Flat(text[from..start])).Open("mark").Text(Flat(text[start..end])).Close("mark").Text(Flat(text[end..to]));
        if (to < paragraphEnd)
        {
            Text("…");
        }

        return this;
    }

    public override string ToString() => html.ToString();

    /// <summary>A hard-wrapped line inside a paragraph reads as one line.</summary>
    private static string Flat(string text) => text.Replace('\n', ' ');
}
