using System.Globalization;
using System.Text;
using Chorus.Core.Briefs;

namespace Chorus.Core.Rendering;

/// <summary>
/// The claims view of the Markdown brief: who says what, each claim once with every outlet that carries it, and
/// each outlet's quoted words when outlets quote the speaker differently.
/// </summary>
internal static class ClaimsMarkdown
{
    /// <summary>Claims listed before the rest are counted; ranked by outlets, the later ones are each carried by one outlet.</summary>
    private const int MaxClaims = 40;

    /// <summary>Longer wordings are cut with an ellipsis in Markdown (the JSON keeps them whole).</summary>
    private const int MaxChars = 240;

    public static void Append(StringBuilder md, Brief brief)
    {
        var claims = brief.Facts.Claims;
        if (claims.Count == 0)
        {
            return;
        }

        md.AppendLine("### Claims").AppendLine();
        foreach (var claim in claims.Take(MaxClaims))
        {
            var text = claim.Direct ? Shorten(claim.Text) : $"_{Shorten(claim.Text)}_";
            var who = claim.Resolved ? $"**{Md.Escape(claim.Speaker)}**" : $"**{Md.Escape(claim.Speaker)}** (unnamed)";
            md.AppendLine(CultureInfo.InvariantCulture, $"- {who}: {text} ({FactsMarkdown.Outlets(brief, claim.Mentions.Select(m => m.ArticleId))})");
            if (claim.QuotedDifferently)
            {
                var wordings = claim.Mentions.Where(m => m.Direct).GroupBy(m => m.Text, StringComparer.Ordinal)
                    .Select(g => $"{string.Join(", ", g.Select(m => brief.SourceOf(m.ArticleId).Label).Distinct())}: {Shorten(g.Key)}");
                md.AppendLine(CultureInfo.InvariantCulture, $"  <sub>quoted differently — {string.Join(" · ", wordings)}</sub>");
            }
        }

        if (claims.Count > MaxClaims)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- … and {claims.Count - MaxClaims} more (see the JSON output)");
        }

        md.AppendLine();
    }

    private static string Shorten(string text) => Md.Escape(text.Length <= MaxChars ? text : text[..MaxChars].TrimEnd() + "…");
}
