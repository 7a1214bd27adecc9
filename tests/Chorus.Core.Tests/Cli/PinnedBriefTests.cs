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
    [InlineData("../shared/seeds", "md", "aeea8621c208ef0b4d7fc990c19e82413bd6666eeb0491b560144423d488caff")]
    [InlineData("../shared/seeds", "json", "057f69b3ad743cfe0360c45c78efbc9598ed0d6e914e9adcbe391680d0451d33")]
    [InlineData("samples/kharsun-dam-flood", "md", "827e16310ad11b19e2181dbf0d8b7465535b5d8c7c7a578dd5de05f22d037e36")]
    [InlineData("samples/kharsun-dam-flood", "json", "41890c54b7bd5315b3ebcc65a6739a3b7ccad158cc02e275eae622becb3695a9")]
    public void TheBriefIsByteIdenticalToThePinnedOne(string input, string format, string sha256)
    {
        var result = CliRunner.Run("brief", input, "--format", format);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(result.StdoutBytes)));
    }
}
