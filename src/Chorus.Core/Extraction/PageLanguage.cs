using Chorus.Core.Documents;
using Chorus.Core.Text;

namespace Chorus.Core.Extraction;

/// <summary>
/// An article's language: what the page declares (html lang, content-language, JSON-LD, og:locale) when its text
/// agrees or cannot tell, else what the text itself is written in (an English article on a site's German edition
/// declares "de").
/// </summary>
internal static class PageLanguage
{
    public static Found? Choose(Found? declared, GuessedLanguage? guessed)
    {
        if (guessed is null)
        {
            return declared;
        }

        if (declared is not null && Primary(declared.Value) == guessed.Code)
        {
            return declared;
        }

        var said = declared is null ? "" : $"; the page declares {declared.Value} ({declared.Evidence.Method})";
        return new Found(guessed.Code, new Evidence(guessed.Method, guessed.Describe() + said));
    }

    private static string Primary(string tag) => tag.Trim().Split('-', '_', ' ')[0].ToLowerInvariant();
}
