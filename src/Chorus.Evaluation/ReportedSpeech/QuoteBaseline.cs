using System.Text.RegularExpressions;
using Chorus.Core.Documents;

namespace Chorus.Evaluation.ReportedSpeech;

/// <summary>
/// The floor of issue 18: every stretch between quotation marks (“…”, "…") is a direct quote, and its source is the
/// nearest capitalised word run after it. No cue, no speaker.
/// </summary>
public static partial class QuoteBaseline
{
    public static List<PredictedAttribution> Extract(string text)
    {
        var found = new List<PredictedAttribution>();
        foreach (Match quote in QuotePattern().Matches(text))
        {
            var name = NamePattern().Match(text, quote.Index + quote.Length);
            found.Add(new PredictedAttribution(
                new TextSpan(quote.Index, quote.Length),
                name.Success ? new TextSpan(name.Index, name.Length) : null,
                null,
                true,
                null));
        }

        return found;
    }

    [GeneratedRegex("[“\"][^”\"]*[”\"]")]
    private static partial Regex QuotePattern();

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*")]
    private static partial Regex NamePattern();
}
