namespace Chorus.Core.Lexicon;

/// <summary>
/// News agencies (wire services), named alone in datelines ("LISBON (Reuters) -", "SEOUL (AP) _"), photo credits
/// ("Photo: AFP") and page furniture ("AP Photo"). The one list every rule that knows an agency by name uses.
/// </summary>
internal static class NewsAgencies
{
    /// <summary>
    /// The names as a regular-expression alternation, so that source-generated patterns can embed it. A name comes
    /// before any shorter name it starts with ("EPA-EFE" before "EPA"), so the longest name is the one matched.
    /// </summary>
    public const string Alternation =
        "Reuters|AFP|AP|Associated Press|UPI|Xinhua|NYT|EPA-EFE|EPA|EFE|Anadolu Agency|Anadolu|AA|PA Wire|PA|Bloomberg|IANS|PTI|ANI|TASS|Sputnik";

    /// <summary>The same names as a list.</summary>
    public static IReadOnlyList<string> Names { get; } = Alternation.Split('|');
}
