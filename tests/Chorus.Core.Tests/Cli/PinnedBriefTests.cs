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
    [InlineData("../shared/seeds", "md", "de9c41b86cef5d74cbc909d6d08249779dc449d19d72464bbfee0c3e12c7ceaa")]
    [InlineData("../shared/seeds", "json", "336ecdcf8a5ea5e0573f846a98bcb5098bcff09ecf7d0be2a96ec49df7d463ee")]
    [InlineData("samples/kharsun-dam-flood", "md", "4a299cdb5125f4c9c289333f5655e05338a274a805d240ed0b1155c78dca5882")]
    [InlineData("samples/kharsun-dam-flood", "json", "afd02d785b917e8b3f71e41b91726056ddac9c031798bdb7677ce5fa256d4616")]
    public void TheBriefIsByteIdenticalToThePinnedOne(string input, string format, string sha256)
    {
        var result = CliRunner.Run("brief", input, "--format", format);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(result.StdoutBytes)));
    }
}
