namespace Chorus.Core.Text;

/// <summary>Newswire conventions the sentence layer reads through (placeholder: text unchanged).</summary>
public static class NewswireText
{
    public static string Clean(string text) => text;
}
