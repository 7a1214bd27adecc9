using System.Text;
using Chorus.Core.Inputs;
using Xunit;

namespace Chorus.Core.Tests.Ingest;

public class TextDecodingTests
{
    private const string Text = "Kabul’s café — “quoted” 1,037 troops.";

    [Fact]
    public void Utf8WithAndWithoutBom()
    {
        Assert.Equal(Text, TextDecoding.Decode("bytes", Encoding.UTF8.GetBytes(Text)).Value.Text);
        Assert.Equal(Text, TextDecoding.Decode("bytes", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)]).Value.Text);
    }

    [Fact]
    public void Utf16WithBomBothByteOrders()
    {
        Assert.Equal(Text, TextDecoding.Decode("bytes", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Text)]).Value.Text);
        Assert.Equal(Text, TextDecoding.Decode("bytes", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Text)]).Value.Text);
    }

    [Fact]
    public void InvalidUtf8FallsBackToWindows1252()
    {
        var bytes = new byte[] { (byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)' ', 0x93, (byte)'q', 0x94 };
        var decoded = TextDecoding.Decode("bytes", bytes);
        Assert.Equal("café “q”", decoded.Value.Text);
        Assert.Equal("windows-1252", decoded.Value.EncodingName);
    }

    [Fact]
    public void EmptyAndBinaryAreRefusedWithAReason()
    {
        Assert.Contains("empty", TextDecoding.Decode("bytes", []).Problem?.Message, StringComparison.Ordinal);
        Assert.Contains("binary", TextDecoding.Decode("bytes", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]).Problem?.Message, StringComparison.Ordinal);
        Assert.Contains("no text", TextDecoding.Decode("bytes", Encoding.UTF8.GetBytes("  \n\t ")).Problem?.Message, StringComparison.Ordinal);
    }
}
