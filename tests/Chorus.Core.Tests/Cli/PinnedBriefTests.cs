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
    [InlineData("../shared/seeds", "md", "36a19649346e4440645cb940eb18a2c3eb19a555bdd2c9b907c44c283afc552d")]
    [InlineData("../shared/seeds", "json", "cb0ab8d58bbc927f81eb77540c5d29d347d3dddd2fcdd6692052c060bd7de6d4")]
    [InlineData("samples/kharsun-dam-flood", "md", "ee382becf47b22776e86ef3b0075b3bc31dca488d7799b2842c8a20faf39ba5b")]
    [InlineData("samples/kharsun-dam-flood", "json", "1f4086dd86121172090be8ae0bc7a85f09bb5df374b67097260bd9958f0f1196")]
    public void TheBriefIsByteIdenticalToThePinnedOne(string input, string format, string sha256)
    {
        var result = CliRunner.Run("brief", input, "--format", format);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(result.StdoutBytes)));
    }
}
