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
    [InlineData("../shared/seeds", "md", "690eeeca01291b40c83119487e5da220ba13f42d3fd9fe26371c3b8cc394e9bf")]
    [InlineData("../shared/seeds", "json", "94aea98e6250afe01df7fe0f0296a802df40a7527b5a25d5f72967db6ab63292")]
    [InlineData("samples/kharsun-dam-flood", "md", "470b812b5645a6c8e7f1efc43c76b815d8c4db8862192413bff8c8a5ab11a5e8")]
    [InlineData("samples/kharsun-dam-flood", "json", "01cdc2979e99f751929cb8068e7159319d75b9f1a157f58061440d05a3f291b6")]
    public void TheBriefIsByteIdenticalToThePinnedOne(string input, string format, string sha256)
    {
        var result = CliRunner.Run("brief", input, "--format", format);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(result.StdoutBytes)));
    }
}
