namespace Chorus.Core.Rendering;

/// <summary>The claims view of the HTML brief: each attributed claim once, its speaker, its outlets, and a flag when they quote it differently.</summary>
internal sealed partial class BriefHtmlBody
{
    private void Claims()
    {
        var claims = brief.Facts?.Claims ?? [];
        if (claims.Count == 0)
        {
            return;
        }

        Section("attributed-claims", "Who says what");
        html.Element("p", "Each claim once, with the outlets that report it; quoted words are the speaker's, the others are the outlet's paraphrase.", ("class", "hint")).Line();
        html.Open("ul", ("class", "attributed-claims")).Line();
        foreach (var claim in claims)
        {
            html.Open("li", ("class", claim.Direct ? "claim-direct" : "claim-reported"))
                .Element("span", claim.Speaker, ("class", claim.SpeakerResolved ? "speaker" : "speaker unnamed")).Text(": ");
            html.Element(claim.Direct ? "q" : "span", claim.Text, ("class", "claim-words"));
            html.Open("span", ("class", "carried")).Text(" · ");
            SpanLinks(claim.Mentions.Select(m => new SpanDto(m.Source, m.ArticleId, m.Start, m.End, m.Text)));
            html.Close("span");
            if (claim.QuotedDifferently)
            {
                html.Element("strong", " · quoted differently", ("class", "flag"));
                html.Open("ul", ("class", "wordings"));
                foreach (var wording in claim.Mentions.Where(m => m.Direct).GroupBy(m => m.Text, StringComparer.Ordinal))
                {
                    html.Open("li").Text(string.Join(", ", wording.Select(m => m.Source).Distinct(StringComparer.Ordinal))).Text(": ").Element("q", wording.Key).Close("li");
                }

                html.Close("ul");
            }

            html.Close("li").Line();
        }

        html.Close("ul").Line().Close("section").Line();
    }
}
