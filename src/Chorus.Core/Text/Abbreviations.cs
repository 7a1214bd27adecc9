namespace Chorus.Core.Text;

/// <summary>
/// Words that end in a full stop without ending a sentence. Titles never end a sentence; the dotted forms
/// (U.S., a.m.) often do, so the splitter treats them as a boundary only when a sentence-opening word follows.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Titles, ranks and short forms that are always followed by more of the same sentence.</summary>
    public static readonly HashSet<string> NeverFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr",
        "gov", "sen", "rep", "rev", "fr", "hon", "pres", "supt", "insp", "det", "st", "mt", "ft", "messrs", "mme",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "vol", "vs", "v", "approx", "est", "fig", "pp", "para", "art", "ch", "sec",
    };

    /// <summary>Short forms that precede any word, a function word included ("vs. The Times", "No. The").</summary>
    public static readonly HashSet<string> BeforeAnything = new(StringComparer.OrdinalIgnoreCase) { "vs", "v", "no", "nos" };

    /// <summary>Abbreviations that may close a sentence as well as sit inside one.</summary>
    public static readonly HashSet<string> MaybeFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "bros", "etc", "al", "ave", "blvd", "rd",
    };
}
