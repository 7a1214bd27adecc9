using System.Globalization;

namespace Chorus.Core.Semantic;

/// <summary>
/// The uncased BERT tokenizer that all-MiniLM-L6-v2 was trained with: lower-cases, strips accents, splits on white
/// space and punctuation (each punctuation mark is a token), isolates CJK ideographs, then cuts each word into the
/// longest vocabulary pieces from its start (later pieces carry a "##" prefix). A word that cannot be cut is unknown
/// and yields nothing. Written over spans so that a text costs microseconds, unlike the package's tokenizer.
/// </summary>
internal sealed class WordPieceTokenizer
{
    /// <summary>Longer "words" (URLs, runs of symbols) are unknown to BERT's tokenizer too.</summary>
    private const int MaxWordChars = 100;

    /// <summary>
    /// The base letter of each accented Latin letter from U+00C0 to U+017F, as decomposing it and dropping the
    /// combining marks gives ('-': the letter does not decompose and is kept as it is, e.g. æ, ø, ł, ß).
    /// </summary>
    private const string AccentFolds =
        "aaaaaa-ceeeeiiii-nooooo--uuuuy--aaaaaa-ceeeeiiii-nooooo--uuuuy-y" +
        "aaaaaaccccccccdd--eeeeeeeeeegggggggghh--iiiiiiiii---jjkk-llllll-" +
        "---nnnnnn---oooooo--rrrrrrsssssssstttt--uuuuuuuuuuuuwwyyyzzzzzz-";

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <param name="pieces">The vocabulary: each piece and the id it stands for.</param>
    public WordPieceTokenizer(IReadOnlyDictionary<string, int> pieces)
    {
        lookup = new Dictionary<string, int>(pieces, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Appends the ids of the pieces of <paramref name="text"/> to <paramref name="ids"/>, at most <paramref name="maxPieces"/> in all.</summary>
    public void Tokenize(ReadOnlySpan<char> text, List<int> ids, int maxPieces)
    {
        Span<char> word = stackalloc char[MaxWordChars];
        Span<char> piece = stackalloc char[MaxWordChars + 2];
        var length = 0;
        var tooLong = false;
        foreach (var raw in text)
        {
            if (ids.Count >= maxPieces)
            {
                return;
            }

            if (char.IsWhiteSpace(raw) || raw is '\0' or '\uFFFD' || char.IsControl(raw))
            {
                Flush(word, ref length, ref tooLong, piece, ids, maxPieces);
                continue;
            }

            var c = Fold(char.ToLowerInvariant(raw));
            if (IsPunctuation(c) || IsIdeograph(c))
            {
                Flush(word, ref length, ref tooLong, piece, ids, maxPieces);
                word[0] = c;
                length = 1;
                Flush(word, ref length, ref tooLong, piece, ids, maxPieces);
            }
            else if (length < MaxWordChars)
            {
                word[length++] = c;
            }
            else
            {
                tooLong = true;
            }
        }

        Flush(word, ref length, ref tooLong, piece, ids, maxPieces);
    }

    private void Flush(Span<char> word, ref int length, ref bool tooLong, Span<char> piece, List<int> ids, int maxPieces)
    {
        if (length > 0 && !tooLong)
        {
            Pieces(word[..length], piece, ids, maxPieces);
        }

        length = 0;
        tooLong = false;
    }

    private void Pieces(ReadOnlySpan<char> word, Span<char> piece, List<int> ids, int maxPieces)
    {
        var first = ids.Count;
        piece[0] = '#';
        piece[1] = '#';
        var start = 0;
        while (start < word.Length)
        {
            var found = -1;
            var end = word.Length;
            for (; end > start; end--)
            {
                ReadOnlySpan<char> candidate;
                if (start == 0)
                {
                    candidate = word[..end];
                }
                else
                {
                    word[start..end].CopyTo(piece[2..]);
                    candidate = piece[..(end - start + 2)];
                }

                if (lookup.TryGetValue(candidate, out found))
                {
                    break;
                }
            }

            if (end == start)
            {
                // No piece fits: the whole word is unknown, as in BERT, and none of its pieces count.
                ids.RemoveRange(first, ids.Count - first);
                return;
            }

            if (ids.Count < maxPieces)
            {
                ids.Add(found);
            }

            start = end;
        }
    }

    private static char Fold(char c)
    {
        if (c < '\u00C0' || c > '\u017F')
        {
            return c;
        }

        var folded = AccentFolds[c - '\u00C0'];
        return folded == '-' ? c : folded;
    }

    /// <summary>BERT's rule: every non-alphanumeric printable ASCII character, and anything Unicode calls punctuation.</summary>
    private static bool IsPunctuation(char c) =>
        c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~')
        || (c > '\u007F' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation);

    private static bool IsIdeograph(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');
}
