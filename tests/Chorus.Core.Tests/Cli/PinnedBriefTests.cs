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
    [InlineData("../shared/seeds", "md", "13800d66f836b9da7e5132d02193afe3151b67ed3b02783acbd5ad70204efcb9")]
    [InlineData("../shared/seeds", "json", "c4da995422088d3510b016005df19354a1d049a987094cefdfb9c43df8029235")]
    [InlineData("samples/kharsun-dam-flood", "md", "a44615724a2edf186c33b3424382085f590f2a6e89bcd14b4e41af6e82ceaa31")]
    [InlineData("samples/kharsun-dam-flood", "json", "18721f7ec2d1f4410d07aebd291bfc066470550e6112405332c9d1cc6a06acc7")]
    public void TheBriefIsByteIdenticalToThePinnedOne(string input, string format, string sha256)
    {
        var result = CliRunner.Run("brief", input, "--format", format);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(result.StdoutBytes)));
    }
}
