using Chorus.Core.Tests.Storage;
using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.Nodes;

public sealed class NodeCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void AClusterWhoseRedisIsDownIsOneClearLineAndNoStackTrace()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        var result = CliRunner.Run("node", "--db", folder.File("nodes.db"), "--cluster", "redis://127.0.0.1:1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--cluster redis://127.0.0.1:1: the cluster's Redis cannot be reached", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }
}
