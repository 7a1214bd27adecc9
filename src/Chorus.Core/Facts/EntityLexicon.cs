using Chorus.Core.Lexicon;

namespace Chorus.Core.Facts;

/// <summary>Context words that tell people, places and organisations apart, and capitalised words that are neither.</summary>
internal static class EntityLexicon
{
    /// <summary>Lower-case words after a name that make it a place and are not part of it ("Belmora province").</summary>
    public static readonly IReadOnlySet<string> PlaceAfter = new HashSet<string>(StringComparer.Ordinal)
    {
        "province", "district", "city", "town", "village", "region", "county", "state", "capital", "port", "airport",
        "border", "area", "municipality", "governorate", "prefecture", "oblast", "neighbourhood", "neighborhood",
    };

    /// <summary>Lower-case geographic words that belong to the name ("Marren valley", "Teshkan river").</summary>
    public static readonly IReadOnlySet<string> PlacePart = new HashSet<string>(StringComparer.Ordinal)
    {
        "valley", "river", "lake", "mountains", "mountain", "gorge", "pass", "plain", "basin", "delta", "bay", "coast",
    };

    /// <summary>Capitalised last words that make a name a place ("Teshkan Dam", "Bazaar Street", "Bagram Air Base").</summary>
    public static readonly IReadOnlySet<string> PlaceHeads = new HashSet<string>(StringComparer.Ordinal)
    {
        "Street", "Road", "Avenue", "Square", "Bridge", "Dam", "Base", "Airport", "River", "Valley", "Lake", "Province",
        "District", "City", "Island", "Islands", "Mountains", "Sea", "Ocean", "Gulf", "Strait", "Canal", "Park", "Harbour",
        "Harbor", "Port", "Highway", "States", "Kingdom", "Republic", "Emirates", "Union",
    };

    /// <summary>Words that make a name an organisation ("Ministry of Water Resources", "Red Crescent", "TASS news agency").</summary>
    public static readonly IReadOnlySet<string> OrganisationWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "Ministry", "Agency", "Committee", "Council", "Army", "Party", "Commission", "Command", "International", "Organisation",
        "Organization", "Press", "News", "Radio", "Television", "TV", "Bank", "University", "Directorate", "Crescent", "Cross",
        "Alliance", "Movement", "Court", "Office", "Department", "Corps", "Group", "Company", "Institute", "Foundation",
        "Association", "Federation", "Service", "Services", "Authority", "Times", "Post", "Herald", "Courier", "Ledger",
        "Assembly", "Parliament", "Senate", "Congress", "Cabinet", "Police", "Forces", "Guard", "Front", "Network",
    };

    /// <summary>Lower-case words after a name that make it an organisation ("Interfax news agency", "TASS agency").</summary>
    public static readonly IReadOnlySet<string> OrganisationAfter = new HashSet<string>(StringComparer.Ordinal)
    {
        "agency", "ministry", "committee", "council", "party", "group", "company", "government", "administration", "militia",
        "movement", "organisation", "organization", "network", "newspaper", "channel", "broadcaster",
    };

    /// <summary>Prepositions after which a bare name is a place ("in Kharsun", "into Veldoria").</summary>
    public static readonly IReadOnlySet<string> PlacePrepositions = new HashSet<string>(StringComparer.Ordinal)
    {
        "in", "into", "to", "from", "near", "across", "toward", "towards", "outside", "inside", "around", "through", "at",
    };

    /// <summary>Capitalised words that never name an entity: dates, and words capitalised only for emphasis.</summary>
    public static readonly IReadOnlySet<string> NotNames = new HashSet<string>(CalendarWords.Weekdays.Concat(CalendarWords.Months), StringComparer.OrdinalIgnoreCase)
    {
        "i", "mr", "mrs", "ms", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    /// <summary>Short titles that are titles only with their period ("Sen. Ana Rusk"); without it "Sen" is a name ("Hun Sen").</summary>
    public static readonly IReadOnlySet<string> AbbreviatedTitles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "sen", "gen", "col", "rep", "sgt", "prof", "gov", "lt", "capt", "cmdr",
    };

    /// <summary>Initialisms of countries, which are places; other initialisms ("U.N.") are organisations.</summary>
    public static readonly IReadOnlySet<string> PlaceInitialisms = new HashSet<string>(StringComparer.Ordinal)
    {
        "U.S.", "U.K.", "U.A.E.", "U.S.A.",
    };

    /// <summary>Small words allowed inside a name when capitalised words stand on both sides ("Ministry of Water Resources").</summary>
    public static readonly IReadOnlySet<string> Connectors = new HashSet<string>(StringComparer.Ordinal) { "of", "for", "de", "al", "bin", "van", "von", "la", "du" };

    /// <summary>Endings of adjectives of nationality ("Veldorian", "Chinese", "Turkish") used before a noun.</summary>
    public static readonly IReadOnlyList<string> DemonymEndings = ["ian", "ese", "ish", "an", "ic"];
}
