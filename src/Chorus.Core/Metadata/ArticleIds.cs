using System.Security.Cryptography;
using System.Text;
using Chorus.Core.Text;

namespace Chorus.Core.Metadata;

/// <summary>The id of an article, the same whichever reader (text scrape or HTML page) produced it.</summary>
internal static class ArticleIds
{
    /// <summary>A stable id: a hash of the normalised body text, so the same article read twice has one id.</summary>
    public static string Of(string text)
    {
        var normalized = SentenceReader.CollapseWhitespace(text).ToLowerInvariant();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalized));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
