using Chorus.Core.Facts;
using Chorus.Core.Text;
using Xunit;

namespace Chorus.Core.Tests.Facts;

public class EntityTests
{
    [Theory]
    [InlineData("rakhmon", "rahmon")]
    [InlineData("mazar-e-sharif", "mazar-i-sharif")]
    [InlineData("kharsun", "karsun")]
    [InlineData("sadeq", "sadiq")]
    [InlineData("badakhshan", "badakshan")]
    public void TransliterationVariantsAreOneName(string a, string b) => Assert.True(SpellingVariants.AreNameVariants(a, b));

    [Theory]
    [InlineData("tajik", "tajikistan")]
    [InlineData("lind", "link")]
    [InlineData("kabul", "kabulov")]
    public void DifferentNamesAndDemonymsAreNotSpellingsOfOneName(string a, string b) => Assert.False(SpellingVariants.AreNameVariants(a, b));

    [Fact]
    public void MergesSpellingsAcrossSourcesWithCountsPerSource()
    {
        var a = FactArticles.Make("President Emomali Rakhmon ordered troops to the border in Gorno province. Rakhmon spoke later.", id: "a");
        var b = FactArticles.Make("The order came from President Emomali Rahmon, officials in Dushanbe said.", id: "b");
        var facts = FactArticles.Facts(a, b);
        var president = Assert.Single(facts.Entities, e => e.Variants.Contains("Emomali Rahmon"));
        Assert.Equal(EntityType.Person, president.Type);
        Assert.Contains("Emomali Rakhmon", president.Variants);
        Assert.Equal(2, president.Mentions.Single(m => m.ArticleId == "a").Count);
        Assert.Equal(1, president.Mentions.Single(m => m.ArticleId == "b").Count);
        var span = president.Mentions.Single(m => m.ArticleId == "b").Spans[0];
        Assert.Equal("Emomali Rahmon", b.Text.Substring(span.Start, span.Length));
    }

    [Fact]
    public void TypesComeFromTitlesAndCueWords()
    {
        var facts = FactArticles.Facts(FactArticles.Make(
            "Governor Lio Marsh toured Balkh province on foot. The Ministry of Water Resources sent a team to Mazar-e-Sharif, and the Interfax news agency reported it. Later officials reached Mazar-i-Sharif."));
        Assert.Equal(EntityType.Person, facts.Entities.Single(e => e.Name == "Lio Marsh").Type);
        Assert.Equal(EntityType.Place, facts.Entities.Single(e => e.Name == "Balkh").Type);
        Assert.Equal(EntityType.Organisation, facts.Entities.Single(e => e.Name == "Ministry of Water Resources").Type);
        Assert.Equal(EntityType.Organisation, facts.Entities.Single(e => e.Name == "Interfax").Type);
        var city = facts.Entities.Single(e => e.Variants.Contains("Mazar-e-Sharif"));
        Assert.Contains("Mazar-i-Sharif", city.Variants);
        Assert.Equal(EntityType.Place, city.Type);
    }

    [Fact]
    public void SentenceInitialWordsAndNationalityAdjectivesAreNotEntities()
    {
        var facts = FactArticles.Facts(FactArticles.Make("Forecasters expect more rain. Tajik forces guard the border of Tajikistan, the forecasters said."));
        Assert.DoesNotContain(facts.Entities, e => e.Name is "Forecasters" or "Tajik");
        Assert.Contains(facts.Entities, e => e.Name == "Tajikistan");
    }

    [Fact]
    public void CountriesAndAcronymsThatSpeakAreNotPeople()
    {
        var facts = FactArticles.Facts(FactArticles.Make("Veldoria said it had closed its consulate. Citing officials, CNN reported the closure, and MI-24 helicopters flew over."));
        Assert.Equal(EntityType.Place, facts.Entities.Single(e => e.Name == "Veldoria").Type);
        Assert.Equal(EntityType.Organisation, facts.Entities.Single(e => e.Name == "CNN").Type);
        Assert.DoesNotContain(facts.Entities, e => e.Name.StartsWith("MI", StringComparison.Ordinal));
    }
}
