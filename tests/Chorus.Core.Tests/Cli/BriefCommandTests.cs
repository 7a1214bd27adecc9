using System.Text;
using System.Text.Json;
using Chorus.Core.Rendering;
using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.Cli;

/// <summary>The real <c>chorus brief</c> executable: formats, files, and every bad-input case.</summary>
public sealed class BriefCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chorus-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void MarkdownBriefOfTheSample()
    {
        var result = CliRunner.Run("brief", "samples/kharsun-dam-flood");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("## Summary", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("5 articles from 4 independent sources", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void JsonToAFileIsByteIdenticalFromRunToRun()
    {
        var first = Path.Combine(folder, "a.json");
        var second = Path.Combine(folder, "b.json");
        Assert.Equal(0, CliRunner.Run("brief", "../shared/seeds", "--format", "json", "--out", first, "--words", "80").ExitCode);
        Assert.Equal(0, CliRunner.Run("brief", "../shared/seeds", "--format", "json", "--out", second, "--words", "80").ExitCode);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));

        using var json = JsonDocument.Parse(File.ReadAllBytes(first));
        Assert.Equal(BriefJson.SchemaVersion, json.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("storyCount").GetInt32());
        var story = Assert.Single(json.RootElement.GetProperty("stories").EnumerateArray().ToList());
        var words = story.GetProperty("summary").EnumerateArray().Sum(s => s.GetProperty("text").GetString()!.Split(' ').Length);
        Assert.InRange(words, 20, 80);
        Assert.Contains(story.GetProperty("removed").EnumerateArray(), r => r.GetProperty("lines").GetArrayLength() > 0);
    }

    [Fact]
    public void HtmlIsTheSelfContainedDocumentOfTheSameRendererWithItsConflict()
    {
        var file = Path.Combine(folder, "brief.html");
        var result = CliRunner.Run("brief", "samples/kharsun-dam-flood", "--format", "html", "--out", file);
        Assert.Equal(0, result.ExitCode);
        var html = File.ReadAllText(file);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Thousands evacuated as jammed dam gate floods Veldorian town", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"conflict-table\"", html, StringComparison.Ordinal);
        Assert.Contains("nearly 4,000", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowRemovedListsTheRemovedLines()
    {
        var result = CliRunner.Run("brief", "../shared/seeds", "--show-removed");
        Assert.Contains("## Removed boilerplate", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("slogan block", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("## Removed boilerplate", CliRunner.Run("brief", "../shared/seeds").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPathIsNamedWithExitCode2()
    {
        var result = CliRunner.Run("brief", "samples/kharsun-dam-flood", "no/such/folder");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no/such/folder", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void BadFilesAreNamedAndSkippedWhileTheRestGoOn()
    {
        var empty = Write("empty.txt", []);
        var binary = Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        var utf16 = Write("utf16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(File.ReadAllText(Path.Combine(RepoPaths.Samples, "kharsun-dam-flood", "04-rvi-report.txt")))]);
        var result = CliRunner.Run("brief", "samples/kharsun-dam-flood/01-meridian-wire.txt", empty, binary, utf16);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("empty.txt", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("image.txt", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("utf16.txt", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("2 articles from 2 independent sources", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("## Input problems", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void NothingUsableGivesAClearMessageAndExitCode1()
    {
        Write("empty.txt", []);
        Write("short.txt", Encoding.UTF8.GetBytes("Subscribe\nShare this\n"));
        var result = CliRunner.Run("brief", folder);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nothing usable", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void BadOptionValuesAreRefusedWithExitCode2AndNamed()
    {
        var format = CliRunner.Run("brief", "samples", "--format", "pdf");
        Assert.Equal(2, format.ExitCode);
        Assert.Contains("--format pdf: not a format of this command (use md or json or html)", format.Stderr, StringComparison.Ordinal);
        Assert.Equal("", format.Stdout);

        var words = CliRunner.Run("brief", "samples", "--words", "0");
        Assert.Equal(2, words.ExitCode);
        Assert.Contains("--words 0: must be at least 1", words.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("show", "1", "--words", "-3").ExitCode);
    }

    [Fact]
    public void FormatIsCaseInsensitiveAndOutHoldsExactlyWhatStandardOutputWould()
    {
        var file = Path.Combine(folder, "brief.md");
        var toFile = CliRunner.Run("brief", "samples/kharsun-dam-flood", "--format", "MD", "--out", file);
        Assert.Equal(0, toFile.ExitCode);
        Assert.Equal("", toFile.Stdout);
        Assert.Equal(CliRunner.Run("brief", "samples/kharsun-dam-flood").StdoutBytes, File.ReadAllBytes(file));
    }

    [Fact]
    public void StoryPicksOneBriefOfSeveralAndANumberPastTheLastIsRefused()
    {
        var both = CliRunner.Run("brief", "../shared/seeds", "samples/kharsun-dam-flood");
        var second = CliRunner.Run("brief", "../shared/seeds", "samples/kharsun-dam-flood", "--story", "2");
        var third = CliRunner.Run("brief", "../shared/seeds", "samples/kharsun-dam-flood", "--story", "3");

        Assert.StartsWith("*2 stories found in 10 articles", both.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("# ", second.Stdout, StringComparison.Ordinal);
        Assert.Contains(second.Stdout.Split('\n')[0], both.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("stories found", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, third.ExitCode);
        Assert.Contains("--story 3: the inputs hold 2 stories", third.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void OutletsNamedInAMappingFileAreUsedAndABadFileIsNamed()
    {
        var mapping = Write("outlets.txt", Encoding.UTF8.GetBytes("# the sample's wire story\n01-meridian=Meridian Wire Service\n"));
        var named = CliRunner.Run("brief", "samples/kharsun-dam-flood/01-meridian-wire.txt", "--outlets", mapping);
        var bad = Write("bad.txt", Encoding.UTF8.GetBytes("01-meridian Meridian\n"));
        var refused = CliRunner.Run("brief", "samples/kharsun-dam-flood", "--outlets", bad);

        Assert.Equal(0, named.ExitCode);
        Assert.Contains("**S1** Meridian Wire Service", named.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("bad.txt:1: not a mapping line", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal("", refused.Stdout);
    }
}
