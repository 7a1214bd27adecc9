namespace Chorus.Core.Storage;

/// <summary>
/// Removes the user name and password from http(s) URLs before they are stored: a store is read by anyone the web
/// reader serves, and <c>https://user:secret@host/</c> given on a command line must not end up there.
/// </summary>
internal static class UrlCredentials
{
    public static string? Strip(string? text)
    {
        if (text is null || !(text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
        {
            return text;
        }

        // Cut by position rather than parsing and rebuilding the URL: nothing else in it changes, and a URL that
        // Uri would refuse (an '@' in the password) loses its credentials all the same.
        var start = text.IndexOf("//", StringComparison.Ordinal) + 2;
        var authorityEnd = text.IndexOfAny(['/', '?', '#'], start) is var end and >= 0 ? end : text.Length;
        var at = authorityEnd > start ? text.LastIndexOf('@', authorityEnd - 1, authorityEnd - start) : -1;
        return at < 0 ? text : text[..start] + text[(at + 1)..];
    }
}
