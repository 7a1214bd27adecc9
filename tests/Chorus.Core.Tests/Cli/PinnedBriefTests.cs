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
    [InlineData("../shared/seeds", "md", "8fbc3e33217568f63da5b3f2674ff87cc024fbed6d3a21b12bb132b4f760fc80")]
    [InlineData("../shared/seeds", "json", "6726ddcb2327dd2b04b8e39f87d546dfc862a7baca233461edf43dbcb846c623")]
    [InlineData("samples/kharsun-dam-flood", "md", "a44615724a2edf186c33b3424382085f590f2a6e89bcd14b4e41af6e82ceaa31")]
    [InlineData("samples/kharsun-dam-flood", "json", "18721f7ec2d1f4410d07aebd291bfc066470550e6112405332c9d1cc6a06acc7")]
    public void TheBriefIsByteIdenticalToThePinnedOne(string input, string format, string sha256)
    {
        var result = CliRunner.Run("brief", input, "--format", format);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(result.StdoutBytes)));
    }
}
