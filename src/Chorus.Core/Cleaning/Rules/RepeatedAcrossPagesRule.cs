using L = Chorus.Core.Cleaning.BoilerplateLexicon;

namespace Chorus.Core.Cleaning.Rules;

/// <summary>
/// Site chrome repeats across the pages of a batch. A non-sentence line found in several documents is chrome;
/// sentences shared by pages are left for the near-duplicate and attribution stages, which need them.
/// </summary>
internal sealed class RepeatedAcrossPagesRule : ICleaningRule
{
    /// <summary>Two pages may share a heading by syndication; three or more sharing a non-sentence line is chrome.</summary>
    private const int MinDocuments = 3;

    private const int MaxWords = 12;

    public string Name => "repeated across pages";

    public void Apply(CleaningContext context)
    {
        foreach (var line in context.Lines)
        {
            if (context.IsKept(line.Index) && line.Index != context.TitleIndex && line.Words <= MaxWords && !line.EndsLikeSentence
                && context.Corpus.DocumentsContaining(line.Text) >= MinDocuments)
            {
                context.Remove(line.Index, L.RepeatedAcrossPages);
            }
        }
    }
}
