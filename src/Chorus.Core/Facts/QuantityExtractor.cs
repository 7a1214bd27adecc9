using Chorus.Core.Documents;
using Chorus.Core.Lexicon;
using Chorus.Core.Text;

namespace Chorus.Core.Facts;

/// <summary>
/// Quantities of one sentence: each number (<see cref="NumberReader"/>) with its modifier and interval, the noun
/// phrase it counts, and the event its clause reports. Numbers inside dates, times, phone numbers, ages after a
/// name, years and labels ("Route 6") are not quantities.
/// </summary>
internal static class QuantityExtractor
{
    /// <summary>Longest counted noun phrase, in words, before the "of" complement of a unit.</summary>
    private const int MaxNounWords = 4;

    /// <summary>How many words after the noun phrase (or before the number) an event verb may stand.</summary>
    private const int EventWindow = 6;

    /// <summary>Longest predicate kept for a claim's label, in words.</summary>
    private const int MaxPredicateWords = 5;

    public static List<Quantity> Extract(string articleId, string text, Sentence sentence, IReadOnlyList<TextSpan> notQuantities) =>
        Extract(articleId, text, sentence, Tokenizer.Words(text, sentence.Span.Start, sentence.Span.End).ToList(), notQuantities);

    /// <param name="tokens">The sentence's words (spans in <paramref name="text"/>).</param>
    public static List<Quantity> Extract(string articleId, string text, Sentence sentence, List<Token> tokens, IReadOnlyList<TextSpan> notQuantities)
    {
        var found = new List<Quantity>();
        var sentenceSource = new SourceSpan(articleId, sentence.Span, sentence.Text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (notQuantities.Any(s => s.Overlaps(tokens[i].Span)) || !NumberReader.TryRead(text, tokens, i, out var number) || IsNotACount(text, tokens, number))
            {
                continue;
            }

            var (modifier, rule, modifierStart) = ModifierBefore(text, tokens, i);
            var interval = number.Vague || number.Interval.Width > 0
                ? QuantityModifiers.Apply(rule, number.Interval)
                : QuantityModifiers.Apply(rule, number.Value);
            var (nounStart, nounEnd, whole) = NounPhrase(text, tokens, number);
            string counted;
            string head;
            if (nounEnd > nounStart)
            {
                counted = Span(text, tokens, nounStart, nounEnd);
                head = HeadClass(tokens, nounStart, nounEnd);
                if (head == "other" && found.Count > 0)
                {
                    // "two people were killed and 21 others were wounded": others of the noun counted before.
                    head = found[^1].Head;
                }
            }
            else if (found.Count > 0 && number.Unit is null && (NextIsVerbLike(tokens, number.Last) || PreviousIsEventVerb(tokens, modifierStart ?? i)))
            {
                // "seven people died and more than 4,000 were forced out", "killing two people and wounding 21": the
                // noun is left out and shared.
                counted = found[^1].Counted;
                head = found[^1].Head;
            }
            else if (number.Unit is not null)
            {
                counted = "";
                head = number.Unit;
            }
            else
            {
                continue;
            }

            var afterNoun = Math.Max(nounEnd, number.Last + 1);
            var (evt, predicate) = EventOf(text, tokens, afterNoun, modifierStart ?? i);
            var start = modifierStart is { } m ? tokens[m].Span.Start : number.Start;
            var span = TextSpan.FromBounds(start, number.End);
            found.Add(new Quantity(
                number.Value,
                LowerFirst(SentenceReader.CollapseWhitespace(text.AsSpan(span.Start, span.Length))),
                modifier,
                interval,
                number.Unit,
                counted,
                head,
                evt,
                predicate,
                new SourceSpan(articleId, span, text.Substring(span.Start, span.Length)),
                sentenceSource)
            { Whole = whole });
            i = Math.Max(i, number.Last);
        }

        return found;
    }

    private static bool IsNotACount(string text, List<Token> tokens, NumberRead number)
    {
        var token = tokens[number.First].Text;
        if (number.First == number.Last && NumberReader.IsYearLike(token) && number.Unit is null)
        {
            return true;
        }

        // Times ("10:30"), scores and codes glued with a colon or slash.
        if ((number.Start > 0 && text[number.Start - 1] is ':' or '/' or '#' or '+') || (number.End < text.Length - 1 && text[number.End] is ':' or '/' && char.IsDigit(text[number.End + 1])))
        {
            return true;
        }

        if (number.Last + 1 < tokens.Count && tokens[number.Last + 1].Text.ToLowerInvariant() is "am" or "pm" or "a.m" or "p.m" or "gmt" or "utc")
        {
            return true;
        }

        // An age after a name: "Farida Hosseini, 62, said".
        var before = number.Start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        if (before > 0 && text[before] == ',' && number.First > 0 && char.IsUpper(tokens[number.First - 1].Text[0])
            && (number.End >= text.Length || text[number.End] is ',' or '.' or ')'))
        {
            return true;
        }

        // A label: "Route 6", "Flight 370" — a capitalised word (not a modifier, not the sentence's first word)
        // right before a bare number with no noun after it.
        return number.First > 1 && char.IsDigit(token[0]) && char.IsUpper(tokens[number.First - 1].Text[0])
            && tokens[number.First - 1].Span.End == number.Start - 1
            && !QuantityModifiers.Table.Any(m => m.Phrase.EndsWith(tokens[number.First - 1].Text.ToLowerInvariant(), StringComparison.Ordinal))
            && (number.Last + 1 >= tokens.Count || !char.IsLower(tokens[number.Last + 1].Text[0]));
    }

    /// <summary><see cref="QuantityModifiers.Table"/> with each phrase's words split once, in the table's order.</summary>
    private static readonly (string Phrase, string[] Words, IntervalRule Rule)[] Modifiers =
        [.. QuantityModifiers.Table.Select(m => (m.Phrase, m.Phrase.Split(' '), m.Rule))];

    private static (string? Modifier, IntervalRule Rule, int? Start) ModifierBefore(string text, List<Token> tokens, int first)
    {
        foreach (var (phrase, words, rule) in Modifiers)
        {
            var start = first - words.Length;
            if (start < 0)
            {
                continue;
            }

            var matches = true;
            for (var w = 0; w < words.Length && matches; w++)
            {
                matches = tokens[start + w].Text.Equals(words[w], StringComparison.OrdinalIgnoreCase)
                    && OnlySpaceBetween(text, tokens[start + w].Span.End, (start + w + 1 < first ? tokens[start + w + 1] : tokens[first]).Span.Start);
            }

            if (matches && !(start > 0 && words.Length == 1 && QuantityModifiers.ParticleVerbs.Contains(tokens[start - 1].Text.ToLowerInvariant())))
            {
                return (phrase, rule, start);
            }
        }

        return (null, IntervalRule.Exact, null);
    }

    private static (int Start, int End, double? Whole) NounPhrase(string text, List<Token> tokens, NumberRead number)
    {
        var j = number.Last + 1;
        var gapFrom = number.End;
        double? whole = null;
        if (j < tokens.Count && tokens[j].Text.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            j++;
            while (j < tokens.Count && tokens[j].Text.ToLowerInvariant() is "the" or "their" or "its" or "his" or "her" or "our" or "those" or "these")
            {
                j++;
            }

            // A partitive of a total ("40 of the region's 120 villages"): count the total's noun.
            for (var k = j; k < Math.Min(tokens.Count, j + 2); k++)
            {
                if (char.IsDigit(tokens[k].Text[0]) && NumberReader.TryRead(text, tokens, k, out var total))
                {
                    j = total.Last + 1;
                    gapFrom = total.End;
                    whole = total.Value;
                    break;
                }
            }
        }

        var start = j;
        while (j < tokens.Count && j - start < MaxNounWords && IsNounWord(tokens[j].Text) && (j == start || OnlySpaceBetween(text, tokens[j - 1].Span.End, tokens[j].Span.Start)))
        {
            if (j > start && IsParticiple(tokens[j].Text))
            {
                break;
            }

            if (j == start && !NoPunctuationBetween(text, gapFrom, tokens[j].Span.Start))
            {
                break;
            }

            j++;
        }

        if (j > start && CountedNouns.UnitNouns.Contains(CountedNouns.Singular(tokens[j - 1].Text.ToLowerInvariant()))
            && j + 1 < tokens.Count && tokens[j].Text == "of" && IsNounWord(tokens[j + 1].Text))
        {
            j += 2;
            if (j < tokens.Count && IsNounWord(tokens[j].Text) && OnlySpaceBetween(text, tokens[j - 1].Span.End, tokens[j].Span.Start))
            {
                j++;
            }
        }

        return (start, j, whole);
    }

    private static bool IsNounWord(string word)
    {
        var lower = word.ToLowerInvariant();
        return char.IsLetter(word[0]) && !CountedNouns.PhraseEnders.Contains(lower) && !EventVerbs.Words.ContainsKey(lower)
            && !NumberWords.Cardinals.ContainsKey(lower) && !lower.EndsWith("ly", StringComparison.Ordinal);
    }

    /// <summary>"deployed", "fleeing" after a noun start a verb phrase ("hundreds of commandos deployed").</summary>
    private static bool IsParticiple(string word) =>
        char.IsLower(word[0]) && word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal));

    /// <summary>
    /// The counted class of a noun phrase; a capitalised plural head right after the number is a people's name
    /// ("21 Israelis", "three Americans"), so it counts people like "24 people" does.
    /// </summary>
    private static string HeadClass(List<Token> tokens, int start, int end)
    {
        var last = tokens[end - 1].Text;
        if (end - start == 1 && char.IsUpper(last[0]) && last.Length > 3 && last.EndsWith('s') && last.Skip(1).All(char.IsLower))
        {
            return CountedNouns.ClassOf("people");
        }

        return CountedNouns.ClassOfPhrase(tokens.Skip(start).Take(end - start).Select(t => t.Text).ToList());
    }

    private static bool NextIsVerbLike(List<Token> tokens, int last) =>
        last + 1 < tokens.Count && tokens[last + 1].Text.ToLowerInvariant() is var next
        && (Auxiliaries.Tense.Contains(next) || EventVerbs.Words.ContainsKey(next));

    private static bool PreviousIsEventVerb(List<Token> tokens, int first) =>
        first > 0 && EventVerbs.Words.ContainsKey(tokens[first - 1].Text.ToLowerInvariant());

    private static (string? Event, string? Predicate) EventOf(string text, List<Token> tokens, int after, int before)
    {
        // "killing two people and wounding 21": a verb right before the number is its event, whatever follows.
        if (PreviousIsEventVerb(tokens, before) && OnlySpaceBetween(text, tokens[before - 1].Span.End, tokens[before].Span.Start))
        {
            return (EventVerbs.Words[tokens[before - 1].Text.ToLowerInvariant()], null);
        }

        for (var k = after; k < Math.Min(tokens.Count, after + EventWindow); k++)
        {
            if (k > after && !OnlySpaceBetween(text, tokens[k - 1].Span.End, tokens[k].Span.Start))
            {
                break;
            }

            var rest = string.Join(' ', tokens.Skip(k).Take(4).Select(t => t.Text.ToLowerInvariant()));
            var phrase = EventVerbs.Phrases.FirstOrDefault(p => rest.StartsWith(p.Phrase, StringComparison.Ordinal));
            var evt = phrase.Event ?? EventVerbs.Words.GetValueOrDefault(tokens[k].Text.ToLowerInvariant());
            if (evt is not null)
            {
                return (evt, Predicate(text, tokens, after, k));
            }
        }

        for (var k = before - 1; k >= Math.Max(0, before - EventWindow); k--)
        {
            if (!OnlySpaceBetween(text, tokens[k].Span.End, tokens[k + 1].Span.Start))
            {
                break;
            }

            if (EventVerbs.Words.TryGetValue(tokens[k].Text.ToLowerInvariant(), out var evt))
            {
                return (evt, null);
            }
        }

        return (null, null);
    }

    private static string Predicate(string text, List<Token> tokens, int after, int verb)
    {
        var end = verb + 1;
        while (end < tokens.Count && end - verb < MaxPredicateWords && OnlySpaceBetween(text, tokens[end - 1].Span.End, tokens[end].Span.Start)
            && tokens[end].Text.ToLowerInvariant() is not ("on" or "after" or "following" or "while" or "as" or "when" or "since" or "during" or "because" or "to" or "and" or "but" or "by" or "in" or "last" or "this"))
        {
            end++;
        }

        var start = verb;
        while (start > after && Auxiliaries.Tense.Contains(tokens[start - 1].Text.ToLowerInvariant()))
        {
            start--;
        }

        return SentenceReader.CollapseWhitespace(text.AsSpan(tokens[start].Span.Start, tokens[end - 1].Span.End - tokens[start].Span.Start));
    }

    /// <summary>"Nearly 1,000" at a sentence start reads "nearly 1,000" anywhere else.</summary>
    private static string LowerFirst(string phrase) =>
        phrase.Length > 1 && char.IsUpper(phrase[0]) && char.IsLower(phrase[1]) ? char.ToLowerInvariant(phrase[0]) + phrase[1..] : phrase;

    private static string Span(string text, List<Token> tokens, int start, int end) =>
        SentenceReader.CollapseWhitespace(text.AsSpan(tokens[start].Span.Start, tokens[end - 1].Span.End - tokens[start].Span.Start));

    private static bool OnlySpaceBetween(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!char.IsWhiteSpace(text[k]) && text[k] is not ('-' or '‐'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NoPunctuationBetween(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!char.IsLetter(text[k]) && !char.IsWhiteSpace(text[k]) && text[k] is not ('-' or '‐'))
            {
                return false;
            }
        }

        return true;
    }
}
