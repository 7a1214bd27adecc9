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
    [InlineData("../shared/seeds", "md", "46f92a8de5a5580d78aea99a1e1b9d72bd62a3f9720657e6035992c06efc2b31")]
    [InlineData("../shared/seeds", "json", "c390a027c46f9c56fef99db672794243b647ad8ab778028fa3e7be7219440d26")]
    [InlineData("samples/kharsun-dam-flood", "md", "288e19143c460dc97c2968dd8fbe5e0c35d2103ce74bc6cbff3b3aa95ec4f35b")]
    [InlineData("samples/kharsun-dam-flood", "json", "2a58a163a6f88d2fcf04994ae77dc397e4dc2389f2b20f9d1c1843df92ff65f5")]
    public void TheBriefIsByteIdenticalToThePinnedOne(string input, string format, string sha256)
    {
        var result = CliRunner.Run("brief", input, "--format", format);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(result.StdoutBytes)));
    }
}
