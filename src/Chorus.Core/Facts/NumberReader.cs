using System.Globalization;
using Chorus.Core.Text;

namespace Chorus.Core.Facts;

/// <summary>A number read from tokens: the tokens it spans, its value, the interval it states, its unit.</summary>
internal readonly record struct NumberRead(int First, int Last, double Value, ValueInterval Interval, bool Vague, string? Unit, int Start, int End);

/// <summary>
/// Reads one number at a token: digits ("1,210", "2.5", "2,500-3,500", "$3bn", "15pc"), words ("twenty",
/// "twenty-five", "a dozen", "one million"), vague amounts ("hundreds", "dozens of", "several hundred", "tens of
/// thousands"), with a following scale word or percent sign. Pure; never throws.
/// </summary>
internal static class NumberReader
{
    private const int FirstYear = 1800;
    private const int LastYear = 2100;

    public static bool TryRead(string text, IReadOnlyList<Token> tokens, int i, out NumberRead number)
    {
        number = default;
        var lower = tokens[i].Text.ToLowerInvariant();
        var last = i;
        double value;
        ValueInterval interval;
        var vague = false;
        string? unit = null;

        if (char.IsDigit(lower[0]))
        {
            if (!TryDigits(lower, out value, out var high, out var suffix))
            {
                return false;
            }

            if (suffix == "pc")
            {
                unit = "%";
            }

            interval = ValueInterval.Closed(value, high);
        }
        else if (NumberWords.TryCardinal(lower, out var cardinal))
        {
            value = cardinal;
            interval = ValueInterval.Exactly(value);
        }
        else if (NumberWords.Vague.TryGetValue(lower, out var range))
        {
            vague = true;
            value = range.Low;
            interval = range;
            if (Next(tokens, i, "of") && i + 2 < tokens.Count && NumberWords.Vague.TryGetValue(tokens[i + 2].Text.ToLowerInvariant(), out var scaleRange)
                && lower is "tens" or "hundreds" or "dozens")
            {
                var scale = scaleRange.Low / 2; // "thousands" → 1,000
                interval = ValueInterval.Closed(range.Low * scale, ((range.High + 1) * scale) - 1);
                value = interval.Low;
                last = i + 2;
            }
        }
        else if ((NumberWords.ScaleLeaders.Contains(lower) || NumberWords.SeveralWords.Contains(lower)) && i + 1 < tokens.Count
            && NumberWords.Scales.TryGetValue(tokens[i + 1].Text.ToLowerInvariant(), out var leadScale) && tokens[i + 1].Text.Length > 2)
        {
            last = i + 1;
            vague = NumberWords.SeveralWords.Contains(lower);
            value = vague ? 2 * leadScale : leadScale;
            interval = vague ? ValueInterval.Closed(2 * leadScale, (10 * leadScale) - 1) : ValueInterval.Exactly(leadScale);
        }
        else
        {
            return false;
        }

        if (!vague && last + 1 < tokens.Count && tokens[last + 1].Text.Length > 2 && Adjacent(text, tokens[last], tokens[last + 1])
            && NumberWords.Scales.TryGetValue(tokens[last + 1].Text.ToLowerInvariant(), out var scaleWord))
        {
            last++;
            value *= scaleWord;
            interval = ValueInterval.Closed(interval.Low * scaleWord, interval.High * scaleWord);
        }

        var start = tokens[i].Span.Start;
        var end = tokens[last].Span.End;
        if (start > 0 && NumberWords.Currencies.TryGetValue(text[start - 1].ToString(), out var currency))
        {
            unit = currency;
            start--;
        }

        if (end < text.Length && text[end] == '%')
        {
            unit = "%";
            end++;
        }
        else if (last + 1 < tokens.Count && tokens[last + 1].Text.Equals("percent", StringComparison.OrdinalIgnoreCase))
        {
            unit = "%";
            last++;
            end = tokens[last].Span.End;
        }
        else if (last + 2 < tokens.Count && tokens[last + 1].Text.Equals("per", StringComparison.OrdinalIgnoreCase)
            && tokens[last + 2].Text.Equals("cent", StringComparison.OrdinalIgnoreCase))
        {
            unit = "%";
            last += 2;
            end = tokens[last].Span.End;
        }

        number = new NumberRead(i, last, value, interval, vague, unit, start, end);
        return true;
    }

    /// <summary>A four-digit number in the years news writes about, written without a thousands separator.</summary>
    public static bool IsYearLike(string token) =>
        token.Length == 4 && token.All(char.IsDigit) && int.Parse(token, CultureInfo.InvariantCulture) is >= FirstYear and <= LastYear;

    private static bool Next(IReadOnlyList<Token> tokens, int i, string word) =>
        i + 1 < tokens.Count && tokens[i + 1].Text.Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool Adjacent(string text, Token a, Token b)
    {
        for (var k = a.Span.End; k < b.Span.Start; k++)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"1,210" "2.5" "3bn" "15pc" "2,500-3,500". Ordinals ("20th"), times ("3am") and codes ("7b2x") fail.</summary>
    private static bool TryDigits(string token, out double value, out double high, out string suffix)
    {
        value = high = 0;
        suffix = "";
        var dash = token.IndexOfAny(['-', '‐']);
        if (dash > 0)
        {
            if (TryDigits(token[..dash], out value, out _, out var s1) && TryDigits(token[(dash + 1)..], out high, out _, out var s2)
                && s1.Length == 0 && s2.Length == 0 && high > value)
            {
                return true;
            }

            return false;
        }

        var digitsEnd = 0;
        while (digitsEnd < token.Length && (char.IsDigit(token[digitsEnd]) || token[digitsEnd] is ',' or '.'))
        {
            digitsEnd++;
        }

        suffix = token[digitsEnd..];
        var digits = token[..digitsEnd];
        if (digits.Contains(',', StringComparison.Ordinal) && !ThousandsGrouping(digits))
        {
            return false;
        }

        if (!double.TryParse(digits.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        if (suffix.Length > 0)
        {
            if (suffix == "pc")
            {
                high = value;
                return true;
            }

            if (!NumberWords.Scales.TryGetValue(suffix, out var scale))
            {
                return false;
            }

            value *= scale;
        }

        high = value;
        return true;
    }

    private static bool ThousandsGrouping(string digits)
    {
        var integer = digits.Split('.')[0];
        var groups = integer.Split(',');
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }
}
