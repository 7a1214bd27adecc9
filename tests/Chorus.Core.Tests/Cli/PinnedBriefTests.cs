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
    [InlineData("../shared/seeds", "md", "9ceb60a970dc5007ad82625575b385995809e0b94df455912c55574d5a72cf0c")]
    [InlineData("../shared/seeds", "json", "0ea9234123afc0c1db858884e9a780b78f3c0463c990545db08bca657567ed71")]
    [InlineData("samples/kharsun-dam-flood", "md", "a44615724a2edf186c33b3424382085f590f2a6e89bcd14b4e41af6e82ceaa31")]
    [InlineData("samples/kharsun-dam-flood", "json", "18721f7ec2d1f4410d07aebd291bfc066470550e6112405332c9d1cc6a06acc7")]
    public void TheBriefIsByteIdenticalToThePinnedOne(string input, string format, string sha256)
    {
        var result = CliRunner.Run("brief", input, "--format", format);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(result.StdoutBytes)));
    }
}
