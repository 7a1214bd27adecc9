namespace Chorus.Core.Facts;

/// <summary>
/// Splits the statements of one claim into sides of mutually compatible values: statements are taken from the
/// most precise to the vaguest, and each joins the first side whose common interval it meets, so "1,210" and
/// "more than 1,200" make one side and "nearly 1,200" another.
/// </summary>
internal static class ClaimSides
{
    public static List<List<T>> Split<T>(IEnumerable<T> statements, Func<T, ValueInterval> interval)
    {
        var sides = new List<(ValueInterval Common, List<T> Members)>();
        foreach (var statement in statements.OrderBy(s => interval(s).Width))
        {
            var range = interval(statement);
            var index = sides.FindIndex(s => s.Common.Intersects(range));
            if (index < 0)
            {
                sides.Add((range, [statement]));
            }
            else
            {
                sides[index].Members.Add(statement);
                sides[index] = (sides[index].Common.Intersect(range), sides[index].Members);
            }
        }

        return sides.Select(s => s.Members).ToList();
    }
}
