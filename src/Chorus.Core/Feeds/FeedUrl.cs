using Chorus.Core.Inputs;

namespace Chorus.Core.Feeds;

/// <summary>What may be subscribed to: an absolute http or https URL (the fetcher refuses every other scheme).</summary>
public static class FeedUrl
{
    public static bool IsValid(string url) => InputFormatSniffer.IsHttpUrl(url);
}
