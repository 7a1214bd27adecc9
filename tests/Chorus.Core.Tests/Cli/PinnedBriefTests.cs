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
    [InlineData("../shared/seeds", "md", "7b40237afceb1c31c2b5ed0240632fdaf6b3088673bc8e5e193cf84428541caf")]
    [InlineData("../shared/seeds", "json", "ec82430f319524758fdeaa4c687acf5b2a129e70079c85b2a3fd357d82ae767e")]
    [InlineData("samples/kharsun-dam-flood", "md", "2a2551d68bcddde2037449203faf92c1e38149e04410173e03d4b2701a8dccf0")]
    [InlineData("samples/kharsun-dam-flood", "json", "30e291fe1509c25d0045794b5ec5f65a01c9194a8b941444db24826d1b81d54f")]
    public void TheBriefIsByteIdenticalToThePinnedOne(string input, string format, string sha256)
    {
        var result = CliRunner.Run("brief", input, "--format", format);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(result.StdoutBytes)));
    }
}
