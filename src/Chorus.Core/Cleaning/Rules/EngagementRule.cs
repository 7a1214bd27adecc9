using L = Chorus.Core.Cleaning.BoilerplateLexicon;

namespace Chorus.Core.Cleaning.Rules;

/// <summary>Comment boxes, share, subscribe and donation prompts, and desk notes about the text.</summary>
internal sealed class EngagementRule : ICleaningRule
{
    /// <summary>Weak engagement words ("comments", "share") only mark lines this short.</summary>
    private const int MaxWeakWords = 5;

    /// <summary>Furniture prompts are short; paragraphs of prose are not prompts even if they use the phrases.</summary>
    private const int MaxStrongWords = 60;

    private const int MaxEditorNoteWords = 15;

    public string Name => "engagement";

    public void Apply(CleaningContext context)
    {
        foreach (var line in context.Lines)
        {
            if (!context.IsKept(line.Index))
            {
                continue;
            }

            if (line.Words <= MaxStrongWords && L.EngagementStrong().IsMatch(line.Text))
            {
                context.Remove(line.Index, L.Engagement);
            }
            else if (line.Words <= MaxWeakWords && !line.EndsLikeSentence && L.EngagementWeak().IsMatch(line.Text))
            {
                context.Remove(line.Index, L.Engagement);
            }
            else if (line.Words <= MaxEditorNoteWords && L.EditorNoteLine().IsMatch(line.Text))
            {
                context.Remove(line.Index, L.EditorNote);
            }
        }
    }
}
