using Chorus.Core.Documents;
using Chorus.Core.ReportedSpeech;

namespace Chorus.Core.Facts;

/// <summary>One quoted stretch of a paragraph: the inner text span, and the span including its marks.</summary>
internal readonly record struct QuotedPiece(TextSpan Inner, TextSpan Outer, bool Closed);

/// <summary>
/// The quoted stretches of a paragraph as the facts stage reads them: those <see cref="SpeechQuotes"/> finds for
/// reported speech (every quote style news uses), with the span inside the marks as well.
/// </summary>
internal static class QuoteScanner
{
    public static List<QuotedPiece> Scan(string text, TextSpan paragraph)
    {
        var pieces = new List<QuotedPiece>();
        foreach (var stretch in SpeechQuotes.Scan(text, paragraph.Start, paragraph.End))
        {
            var mark = stretch.End - stretch.Start >= 2 && text[stretch.Start] == '\'' && text[stretch.Start + 1] == '\'' ? 2 : 1;
            var innerEnd = stretch.Closed ? stretch.End - mark : stretch.End;
            if (innerEnd > stretch.Start + mark)
            {
                pieces.Add(new QuotedPiece(TextSpan.FromBounds(stretch.Start + mark, innerEnd), TextSpan.FromBounds(stretch.Start, stretch.End), stretch.Closed));
            }
        }

        return pieces;
    }
}
