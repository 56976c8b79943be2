using Concord.States;
using nietras.SeparatedValues;

namespace Concord.Domain;

/// <summary>A named group of states with dated membership (the EU, the Council's permanent members), from <c>Reference/groups.csv</c>.</summary>
/// <remarks>Every membership row carries its source URL and the date it was checked.</remarks>
public sealed record StateGroup(string Code, string Name, IReadOnlyList<StateGroup.Member> Members)
{
    /// <summary>One state's membership, <see cref="From"/> and <see cref="To"/> inclusive (To null: still a member).</summary>
    public sealed record Member(string State, DateOnly From, DateOnly? To, string SourceUrl, DateOnly SourceDate);

    public bool IsMember(string state, DateOnly on)
    {
        foreach (var m in Members)
        {
            if (m.State == state && on >= m.From && (m.To is null || on <= m.To))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly Lazy<Dictionary<string, StateGroup>> s_all = new(() => Parse(StateRegistry.ReadResource("groups.csv")));

    public static IReadOnlyCollection<StateGroup> All => s_all.Value.Values;

    public static Dictionary<string, StateGroup> Parse(string csv)
    {
        var rows = new List<(string Code, string Name, Member Member)>();
        using var r = Sep.Reader(o => o with { Unescape = true }).FromText(csv);
        foreach (var row in r)
        {
            var to = row["to"].ToString().Trim();
            rows.Add((row["group"].ToString().Trim(), row["name"].ToString().Trim(), new Member(
                row["state"].ToString().Trim(),
                DateOnly.ParseExact(row["from"].ToString().Trim(), "yyyy-MM-dd"),
                to.Length == 0 ? null : DateOnly.ParseExact(to, "yyyy-MM-dd"),
                row["source_url"].ToString().Trim(),
                DateOnly.ParseExact(row["source_date"].ToString().Trim(), "yyyy-MM-dd"))));
        }

        return rows.GroupBy(x => x.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new StateGroup(g.Key, g.First().Name, g.Select(x => x.Member).ToList()), StringComparer.Ordinal);
    }
}
