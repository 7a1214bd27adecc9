using System.Text.RegularExpressions;
using Chorus.Core.Documents;

namespace Chorus.Core.Metadata;

/// <summary>A dateline read off the start of an article's first paragraph: the place, the agency when named, and its length.</summary>
internal sealed record LeadDateline(string Place, Outlet? Agency, int Length);

/// <summary>Datelines opening an article's first paragraph, read the same way from text scrapes and HTML pages.</summary>
internal static partial class Datelines
{
    public static LeadDateline? Read(string paragraph)
    {
        var match = Lead().Match(paragraph);
        if (!match.Success)
        {
            return null;
        }

        var agency = match.Groups["outlet"].Success
            ? new Outlet(match.Groups["outlet"].Value.Trim(), new Evidence(EvidenceMethods.Dateline, match.Value.Trim()))
            : null;
        return new LeadDateline(match.Groups["place"].Value.Trim(), agency, match.Length);
    }

    /// <summary>
    /// "LISBON: …", "LISBON (Reuters) - …", "LONDON, July 6 (AP) — …": the place in capitals, as agencies write it,
    /// then the agency in brackets when one is named.
    /// </summary>
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{Lu} .'-]{2,30}(?:,\s*\p{Lu}[\p{L} .]{1,30})?)(?:,\s*\p{Lu}\p{Ll}{2,8}\.? \d{1,2})?\s*(?:\((?<outlet>[\p{L} .-]{2,30})\))?\s*[:—–_-]+\s+(?=[\p{Lu}\d“""‘'])")]
    private static partial Regex Lead();
}
