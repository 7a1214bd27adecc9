using System.Globalization;
using Chorus.Core.Extraction;

namespace Chorus.Evaluation;

/// <summary>
/// The declared grid of extractor settings that cross-validation chooses from: a few knobs of
/// <see cref="ExtractionOptions"/>, each at its default and one or two plausible alternatives.
/// </summary>
public static class ExtractionGrid
{
    public static IReadOnlyList<ExtractionSetting> Default { get; } = Build();

    private static List<ExtractionSetting> Build()
    {
        var defaults = new ExtractionOptions();
        var settings = new List<ExtractionSetting>();
        foreach (var linkDensity in new[] { defaults.MaxLinkDensity, 0.5 })
        {
            foreach (var siblingShare in new[] { defaults.SiblingScoreShare, 0.35 })
            {
                foreach (var classWeight in new[] { defaults.ClassWeight, defaults.ClassWeight / 2 })
                {
                    var options = defaults with { MaxLinkDensity = linkDensity, SiblingScoreShare = siblingShare, ClassWeight = classWeight };
                    settings.Add(new ExtractionSetting(
                        string.Create(CultureInfo.InvariantCulture, $"links {linkDensity:0.##}, siblings {siblingShare:0.##}, class {classWeight:0.#}"),
                        options));
                }
            }
        }

        return settings;
    }
}
