using Chorus.Core.Documents;

namespace Chorus.Core.Inputs;

/// <summary>Decides what a decoded input holds from its content, not its file name.</summary>
internal static class ContentSniffer
{
    public static ContentKind Detect(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<", StringComparison.Ordinal)
                && (head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<html", StringComparison.OrdinalIgnoreCase)
                    || head.Contains("<head", StringComparison.OrdinalIgnoreCase))))
        {
            return ContentKind.Html;
        }

        return ContentKind.PlainText;
    }
}
