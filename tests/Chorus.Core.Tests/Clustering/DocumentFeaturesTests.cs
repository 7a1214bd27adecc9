using Chorus.Core.Clustering;
using Xunit;

namespace Chorus.Core.Tests.Clustering;

/// <summary>Terms and the capitalised-word entity heuristic of the clusterer.</summary>
public sealed class DocumentFeaturesTests
{
    [Fact]
    public void CapitalisedWordsInsideSentencesAreEntitiesAcrossHardWraps()
    {
        var document = new ClusterDocument("d", "Talks collapse", "Opposition leaders said the talks in\nPhnom Penh failed. Rain fell on\nthe city.\n\nMonsoon floods followed.", DateTime.UnixEpoch);
        var features = DocumentFeatures.Of(document, new ClusteringOptions());
        Assert.Contains("phnom", features.Entities);
        Assert.Contains("penh", features.Entities);
        Assert.DoesNotContain("opposition", features.Entities); // starts the text
        Assert.DoesNotContain("rain", features.Entities);       // starts a sentence
        Assert.DoesNotContain("monsoon", features.Entities);    // starts a paragraph
        Assert.Equal(3, features.TermCounts["talk"]);           // twice from the title, once from the body
        Assert.DoesNotContain("the", features.TermCounts.Keys);  // stop word
    }
}
