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
    [InlineData("../shared/seeds", "md", "7b3b8bb91966d0592403a8e434923db930c50a1a59493be053ee673caf3193ec")]
    [InlineData("../shared/seeds", "json", "790fa40816f2e3ca3726fe749d6075bdf553bbc517206baa041724310274078b")]
    [InlineData("samples/kharsun-dam-flood", "md", "a44615724a2edf186c33b3424382085f590f2a6e89bcd14b4e41af6e82ceaa31")]
    [InlineData("samples/kharsun-dam-flood", "json", "18721f7ec2d1f4410d07aebd291bfc066470550e6112405332c9d1cc6a06acc7")]
    public void TheBriefIsByteIdenticalToThePinnedOne(string input, string format, string sha256)
    {
        var result = CliRunner.Run("brief", input, "--format", format);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(result.StdoutBytes)));
    }
}
