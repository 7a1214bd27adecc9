using System.Globalization;
using Chorus.Core.Storage;
using Microsoft.AspNetCore.Http;

namespace Chorus.Web.Api;

/// <summary>
/// The query string of the story list, shared by the page (<c>/</c>) and the API (<c>/api/v1/stories</c>):
/// <c>order</c> (covered|newest), <c>outlet</c>, <c>from</c> and <c>to</c> (YYYY-MM-DD, both inclusive), <c>q</c>
/// (search syntax), <c>page</c> (from 1) or <c>offset</c>, and <c>limit</c>. A bad value is named, never guessed.
/// </summary>
public sealed record ListParameters(StoryListQuery Query, string? Text, string? FromText, string? ToText, int Page)
{
    public static (ListParameters? Parameters, string? Problem) Read(IQueryCollection query, int perPage)
    {
        ArgumentNullException.ThrowIfNull(query);
        var order = query["order"].ToString() switch
        {
            "" or "covered" => (StoryOrder?)StoryOrder.MostCovered,
            "newest" => StoryOrder.Newest,
            _ => null,
        };
        if (order is null)
        {
            return (null, $"order: \"{query["order"]}\" is not an order; use covered or newest");
        }

        if (!Date(query, "from", out var from, out var problem) || !Date(query, "to", out var to, out problem))
        {
            return (null, problem);
        }

        if (!Number(query, "limit", perPage, 1, StoryListQuery.MaxLimit, out var limit, out problem)
            || !Number(query, "page", 1, 1, int.MaxValue / StoryListQuery.MaxLimit, out var page, out problem)
            || !Number(query, "offset", (page - 1) * limit, 0, int.MaxValue, out var offset, out problem))
        {
            return (null, problem);
        }

        var text = query["q"].ToString().Trim();
        SearchQuery? search = null;
        if (text.Length > 0 && !SearchQuery.TryParse(text, out search, out var error))
        {
            return (null, $"q: {error}");
        }

        var outlet = query["outlet"].ToString().Trim();
        return (new ListParameters(
            new StoryListQuery
            {
                Order = order.Value,
                Outlet = outlet.Length > 0 ? outlet : null,
                From = from?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                Until = to?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                Text = search,
                Offset = offset,
                Limit = limit,
            },
            text.Length > 0 ? text : null,
            from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            (offset / limit) + 1), null);
    }

    private static bool Date(IQueryCollection query, string name, out DateOnly? date, out string? problem)
    {
        var text = query[name].ToString().Trim();
        date = null;
        problem = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        problem = $"{name}: \"{text}\" is not a date; use YYYY-MM-DD";
        return false;
    }

    private static bool Number(IQueryCollection query, string name, int fallback, int min, int max, out int value, out string? problem)
    {
        var text = query[name].ToString().Trim();
        problem = null;
        value = fallback;
        if (text.Length == 0)
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max)
        {
            return true;
        }

        problem = $"{name}: \"{text}\" is not a whole number from {min} to {max}";
        return false;
    }
}
