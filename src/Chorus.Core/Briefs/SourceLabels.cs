namespace Chorus.Core.Briefs;

/// <summary>
/// What a source label is decided by: the article, the independent source it belongs to (the id of that source's
/// canonical article), when it was published (null when unknown) and the outlet name.
/// </summary>
public sealed record LabelRequest(string ArticleId, string IndependentSourceId, DateTime? Published, string Outlet);

/// <summary>
/// The one rule that names sources S1, S2… (and S1a, S1b… for copies of S1), used by <c>brief</c>, <c>show</c>,
/// <c>search</c>, the JSON and the web page, so a source keeps its label wherever it is shown. Independent sources are
/// numbered by their first publication time (undated ones after every dated one, since an unknown time cannot be
/// placed), then by outlet name, then by article id, so the same articles get the same labels whatever order they
/// were read in; copies are lettered by the same order within their source.
/// </summary>
public static class SourceLabels
{
    private static readonly Comparer<LabelRequest> MemberOrder = Comparer<LabelRequest>.Create((a, b) =>
    {
        var byTime = DateTime.Compare(a.Published ?? DateTime.MaxValue, b.Published ?? DateTime.MaxValue);
        if (byTime != 0)
        {
            return byTime;
        }

        var byName = StringComparer.OrdinalIgnoreCase.Compare(a.Outlet, b.Outlet);
        return byName != 0 ? byName : StringComparer.Ordinal.Compare(a.ArticleId, b.ArticleId);
    });

    /// <summary>The label of every requested article, keyed by article id.</summary>
    public static IReadOnlyDictionary<string, string> Assign(IEnumerable<LabelRequest> requests)
    {
        var groups = requests
            .GroupBy(r => r.IndependentSourceId, StringComparer.Ordinal)
            .Select(g =>
            {
                var members = g.OrderBy(r => r.ArticleId == g.Key ? 0 : 1).ThenBy(r => r, MemberOrder).ToList();
                var canonical = members[0];
                var first = members.Select(m => m.Published).OfType<DateTime>().DefaultIfEmpty(DateTime.MaxValue).Min();
                return (Members: members, First: first, canonical.Outlet, canonical.ArticleId);
            })
            .OrderBy(g => g.First)
            .ThenBy(g => g.Outlet, StringComparer.OrdinalIgnoreCase)
            .ThenBy(g => g.Outlet, StringComparer.Ordinal)
            .ThenBy(g => g.ArticleId, StringComparer.Ordinal);

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var group in groups)
        {
            number++;
            labels[group.Members[0].ArticleId] = Label(number, copy: null);
            for (var copy = 1; copy < group.Members.Count; copy++)
            {
                labels[group.Members[copy].ArticleId] = Label(number, copy);
            }
        }

        return labels;
    }

    /// <summary>"S3" for an independent source, "S3a", "S3b"… for its copies (after "z": "S3aa"…).</summary>
    public static string Label(int number, int? copy)
    {
        if (copy is not { } n)
        {
            return FormattableString.Invariant($"S{number}");
        }

        var letters = "";
        for (var rest = n; rest > 0; rest = (rest - 1) / 26)
        {
            letters = (char)('a' + ((rest - 1) % 26)) + letters;
        }

        return FormattableString.Invariant($"S{number}{letters}");
    }
}
