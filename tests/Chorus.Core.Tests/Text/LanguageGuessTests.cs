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
    [InlineData("id", "Menteri mengatakan pada hari Senin bahwa jembatan itu ditutup untuk perbaikan dan lalu lintas dari utara akan dialihkan melalui kota tua, yang sudah bertahun-tahun menjadi satu-satunya jalan lain.")]
    public void NamesTheLanguageOfAParagraph(string expected, string text) =>
        Assert.Equal(expected, LanguageGuess.Guess(text)?.Code);

    [Theory]
    [InlineData("ko", "장관은 월요일 다리가 보수 공사로 폐쇄되었으며 북쪽에서 오는 차량은 구시가지로 우회한다고 말했다.")]
    [InlineData("ja", "大臣は月曜日、橋が修理のために閉鎖され、北からの車は旧市街を通って迂回すると述べた。")]
    [InlineData("zh", "部长星期一表示，这座桥因维修而关闭，来自北方的车辆将绕道老城区通行，那里多年来一直是唯一的通道。")]
    [InlineData("ru", "Министр заявил в понедельник, что мост закрыт на ремонт, а машины с севера пойдут через старый город.")]
    [InlineData("uk", "Міністр заявив у понеділок, що міст закрито на ремонт, і машини з півночі їхатимуть через старе місто.")]
    [InlineData("el", "Ο υπουργός είπε τη Δευτέρα ότι η γέφυρα έκλεισε για επισκευές και η κίνηση θα περάσει από την παλιά πόλη.")]
    public void NamesTheLanguageOfAScriptOneLanguageOwns(string expected, string text)
    {
        var guess = LanguageGuess.Guess(text);
        Assert.Equal(expected, guess?.Code);
        Assert.Equal("script", guess?.Method);
    }

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
