using System.Data.Common;
using Chorus.Core.Clustering;

namespace Chorus.Core.Storage;

/// <summary>An open story as both stores save it, read back for the clusterer.</summary>
internal static class OpenStoryRows
{
    /// <summary>The columns <see cref="Read"/> expects, in order; <c>dense</c> only when the store has it.</summary>
    public static string Columns(bool dense) => "id, headline, first_seen, last_seen, articles, sources, centroid, entities" + (dense ? ", dense" : "");

    public static StoryProfile Read(DbDataReader reader, bool dense) =>
        new(reader.GetInt64(0), reader.GetString(1), StoreTime.Parse(reader.GetString(2)))
        {
            LastSeen = StoreTime.Parse(reader.GetString(3)),
            Articles = reader.GetInt32(4),
            IndependentSources = reader.GetInt32(5),
            Terms = WeightsText.ReadDoubles(reader.GetString(6)),
            Entities = WeightsText.ReadInts(reader.GetString(7)),
            Dense = dense && !reader.IsDBNull(8) ? DenseBlob.Read((byte[])reader.GetValue(8)) : null,
        };
}
