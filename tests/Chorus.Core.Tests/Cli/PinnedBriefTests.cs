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
    [InlineData("../shared/seeds", "md", "425855e72e3e2d14b95d64f1bd04a89348e97ea2f1c1b4410227e4d5aee0f0c0")]
    [InlineData("../shared/seeds", "json", "29ce96a467293a30218c9b77a3d28d074b6e68d8d24336ab99d2162aef820bea")]
    [InlineData("samples/kharsun-dam-flood", "md", "a44615724a2edf186c33b3424382085f590f2a6e89bcd14b4e41af6e82ceaa31")]
    [InlineData("samples/kharsun-dam-flood", "json", "18721f7ec2d1f4410d07aebd291bfc066470550e6112405332c9d1cc6a06acc7")]
    public void TheBriefIsByteIdenticalToThePinnedOne(string input, string format, string sha256)
    {
        var result = CliRunner.Run("brief", input, "--format", format);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(result.StdoutBytes)));
    }
}
