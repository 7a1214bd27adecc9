using System.Security.Cryptography;
using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.Cli;

/// <summary>
/// The briefs of the seed pages and of the shipped sample, pinned byte for byte (as SHA-256, so no seed text enters the
/// repository). A change here is a change to what users read: it must be intended and said in the commit.
/// </summary>
public sealed class PinnedBriefTests
{
    [Theory]
    [InlineData("../shared/seeds", "md", "314e17bf745adf2970ad1866c6a025457b10cf832f69ed665b5244d3427d486a")]
    [InlineData("../shared/seeds", "json", "8430e60bc636bff0b68c2b147fcdd330deab77811eede5d56935fdf483a4dc41")]
    [InlineData("samples/kharsun-dam-flood", "md", "827e16310ad11b19e2181dbf0d8b7465535b5d8c7c7a578dd5de05f22d037e36")]
    [InlineData("samples/kharsun-dam-flood", "json", "41890c54b7bd5315b3ebcc65a6739a3b7ccad158cc02e275eae622becb3695a9")]
    public void TheBriefIsByteIdenticalToThePinnedOne(string input, string format, string sha256)
    {
        var result = CliRunner.Run("brief", input, "--format", format);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(result.StdoutBytes)));
    }
}
