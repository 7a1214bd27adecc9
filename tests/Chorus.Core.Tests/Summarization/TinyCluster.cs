using Chorus.Core.Summarization;
using Chorus.Core.Text;

namespace Chorus.Core.Tests.Summarization;

/// <summary>A hand-made three-article cluster: a flood everyone reports, the damage two report, and one off-topic sentence each.</summary>
public static class TinyCluster
{
    public const string Reference = "Three hundred homes were damaged when the river flooded Marlow on Sunday.\nVolunteers filled sandbags overnight.";

    public static readonly string[] OffTopic =
    [
        "A local bakery gave free bread to every family staying in the shelter.",
        "The football match planned for Saturday was cancelled because of rain.",
    ];

    public static IReadOnlyList<SummaryDocument> Documents { get; } =
    [
        Document("A",
            "Floodwaters from the river covered the town of Marlow on Sunday morning. Officials said three hundred homes were damaged by the flood. The mayor thanked volunteers who filled sandbags through the night."),
        Document("B",
            "The town of Marlow was flooded on Sunday when the river burst its banks. Three hundred homes were damaged, officials said on Monday. " + OffTopic[0]),
        Document("C",
            "Rescue teams evacuated families as the river flooded Marlow on Sunday. " + OffTopic[1] + " Officials estimated that three hundred homes in Marlow were damaged."),
    ];

    private static SummaryDocument Document(string id, string text) => new(id, id, SentenceReader.Read(id, text));
}
