using L = Chorus.Core.Cleaning.BoilerplateLexicon;

namespace Chorus.Core.Cleaning.Rules;

/// <summary>
/// Embedded posts: the "— Name (@handle) date" attribution line, the post text above it when it carries social
/// marks (hashtags, mentions, media links), and any line holding a social network's media link.
/// </summary>
internal sealed class SocialPostRule : ICleaningRule
{
    /// <summary>A post's text sits right above its attribution line.</summary>
    private const int PostTextDistance = 2;

    public string Name => "social posts";

    public void Apply(CleaningContext context)
    {
        foreach (var line in context.Lines)
        {
            if (!context.IsKept(line.Index))
            {
                continue;
            }

            if (L.SocialAttribution().IsMatch(line.Text))
            {
                context.Remove(line.Index, L.SocialPost);
                if (context.KeptBefore(line.Index, PostTextDistance) is { } postText && L.SocialMarks().IsMatch(postText.Text))
                {
                    context.Remove(postText.Index, L.SocialPost);
                }
            }
            else if (L.SocialMediaLink().IsMatch(line.Text))
            {
                context.Remove(line.Index, L.SocialPost);
            }
        }
    }
}
