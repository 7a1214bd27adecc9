using Chorus.Core.Tests.Support;
using Chorus.Core.Text;
using Xunit;

namespace Chorus.Core.Tests.Text;

public sealed class LanguageGuessTests
{
    [Theory]
    [InlineData("en", "The minister said on Monday that the bridge was closed for repairs and that traffic from the north would be sent through the old town, which has been the only other crossing for years.")]
    [InlineData("fr", "Le ministre a déclaré lundi que le pont est fermé pour des travaux et que la circulation du nord sera déviée par la vieille ville, qui est depuis des années le seul autre passage sur le fleuve.")]
    [InlineData("de", "Der Minister sagte am Montag, dass die Brücke wegen Reparaturen gesperrt ist und der Verkehr aus dem Norden durch die Altstadt geleitet wird, die seit Jahren der einzige andere Übergang ist.")]
    [InlineData("es", "El ministro dijo el lunes que el puente está cerrado por reparaciones y los coches del norte irán por el casco antiguo, que es desde hace años el único otro paso sobre el río, pero hay muy poco sitio.")]
    [InlineData("it", "Il ministro ha detto lunedì che il ponte è chiuso per lavori e che il traffico del nord sarà deviato nella città vecchia, che da anni è anche l'unico altro passaggio sul fiume per gli abitanti della zona.")]
    [InlineData("pt", "O ministro disse na segunda-feira que a ponte está fechada para obras e o trânsito do norte será desviado pelo centro antigo, que há anos é o único outro caminho sobre o rio para os moradores da região.")]
    [InlineData("nl", "De minister zei maandag dat de brug voor herstel is gesloten en dat het verkeer uit het noorden door de oude stad wordt geleid, die al jaren de enige andere oversteek is en ook niet breed is.")]
    public void NamesTheLanguageOfAParagraph(string expected, string text) =>
        Assert.Equal(expected, LanguageGuess.Guess(text)?.Code);

    [Theory]
    [InlineData("")]
    [InlineData("Breaking: flood")]
    [InlineData("1,037 2,500 20,000 — 90% $3bn")]
    public void RefusesToGuessFromTooLittleEvidence(string text) => Assert.Null(LanguageGuess.Guess(text));

    [Fact]
    public void TextScrapesCarryTheGuessWithItsEvidence()
    {
        var articles = Chorus.Core.Cleaning.TextScrapeCleaner.CleanAll(Seeds.All);
        Assert.All(articles, a => Assert.Equal("en", a.Language));
        Assert.All(articles, a => Assert.Contains(a.Provenance, p => p.Field == "language" && p.Evidence.Method == "function words"));
    }
}
