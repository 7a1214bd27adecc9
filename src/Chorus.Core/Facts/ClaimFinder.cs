using Chorus.Core.Documents;
using Chorus.Core.ReportedSpeech;
using Chorus.Core.Text;

namespace Chorus.Core.Facts;

/// <summary>
/// The attributed claims of one article, read by the reported-speech extractor: statements, beliefs and findings
/// ("said", "believes", "according to", "a poll shows", a colon before a quote) that have a source and say
/// something (at least <see cref="MinClaimWords"/> words). Intentions, stances toward an object ("praised the
/// volunteers"), appearances and acts on an object ("posting videos of …") are attributions but not claims a reader
/// can compare across outlets; a quote no cue introduces (<see cref="CueKind.Quote"/>) has a guessed speaker. Embedded
/// relations ("minutes show officials warned …") stay: the officials are a speaker the brief should name.
/// </summary>
internal static class ClaimFinder
{
    /// <summary>The same floor as quotes (<see cref="QuoteExtractor.MinQuoteWords"/>): shorter contents are terms, not statements.</summary>
    public const int MinClaimWords = QuoteExtractor.MinQuoteWords;

    public static List<ClaimMention> Find(Article article, IReadOnlyList<PersonMention> persons, Func<string, string> canonical)
    {
        var text = article.Text;
        var paragraphs = article.Paragraphs.Where(p => p.Kind == ParagraphKind.Body).Select(p => p.Span);
        var claims = new List<ClaimMention>();
        foreach (var relation in ReportedSpeechExtractor.Extract(text, paragraphs))
        {
            if (relation.Source is not { } source || relation.Kind is CueKind.Intent or CueKind.Object or CueKind.Appear or CueKind.Quote)
            {
                continue;
            }

            var content = text.Substring(relation.Content.Start, relation.Content.Length);
            // Counted as WordAlignment.Words counts (curly and straight apostrophes join alike), stopping at the floor.
            if (Tokenizer.Words(content).Take(MinClaimWords).Count() < MinClaimWords)
            {
                continue;
            }

            var mention = Collapse(text.Substring(source.Start, source.Length));
            if (!IsNounPhrase(mention))
            {
                continue;
            }

            var speaker = IsPersonalPronoun(mention)
                ? persons.LastOrDefault(p => p.Position < source.Start).Name ?? relation.Speaker
                : relation.Speaker;
            if (speaker is null && IsBarePronoun(mention))
            {
                continue;
            }

            claims.Add(new ClaimMention(
                article.Id,
                Collapse(content),
                relation.Content,
                mention,
                speaker is null ? null : canonical(speaker),
                text.Substring(relation.Cue.Start, relation.Cue.Length),
                relation.Direct));
        }

        return claims;
    }

    /// <summary>
    /// "militiamen deployed to", "was accompanied by", "have spurred": a mention ending in a preposition or a lower-case
    /// past form is the end of a clause the extractor took for a subject; a reader cannot tell who speaks.
    /// </summary>
    private static bool IsNounPhrase(string mention)
    {
        var words = mention.Split(' ');
        if (IsPreposition(words[0]) || IsPreposition(words[^1]) || !words[^1].Any(char.IsLetter))
        {
            return false;
        }

        // "…, spurring fears that": a lower-case participle is a verb even alone; "officials" or "police" is a noun.
        var last = words[^1];
        return char.IsUpper(last[0]) || !(last.EndsWith("ed", StringComparison.Ordinal) || last.EndsWith("ing", StringComparison.Ordinal));
    }

    /// <summary>"with a delay agreed …": a phrase that opens or ends with a preposition is not who speaks.</summary>
    private static bool IsPreposition(string word) =>
        word.ToLowerInvariant() is "to" or "by" or "of" or "for" or "with" or "from" or "in" or "on" or "at" or "into" or "after" or "before" or "as";

    /// <summary>"as they say", "it said": a pronoun no name stands behind tells a reader nothing about who claims it.</summary>
    private static bool IsBarePronoun(string mention) => mention.ToLowerInvariant() is "they" or "it" or "we" or "you" or "he" or "she" or "i";

    private static bool IsPersonalPronoun(string mention) => mention.ToLowerInvariant() is "he" or "she";

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
