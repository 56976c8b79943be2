using System.Text.RegularExpressions;
using Concord.States;
using nietras.SeparatedValues;

namespace Concord.Sponsorships;

/// <summary>The groups a state sponsors a text for in the Assembly's sponsor lists (the Group of 77 and China, the
/// Non-Aligned Movement, the African Group...), with their members, from <c>Reference/sponsor_groups.csv</c>.</summary>
/// <remarks>
/// <para>
/// Two uses: a state can only speak for a group it belongs to, so membership is how an "on behalf of" phrase the list
/// attached to the wrong name is found (<see cref="GroupAttribution"/>); and a group's text is sponsored by all its
/// members, which is how a state's sponsorship through its groups is counted beside its own.
/// </para>
/// <para>
/// The lists hold the membership over the years the sponsor lists cover (sessions 74–80, 2019 on): an empty
/// <c>from</c> means a member throughout, an empty <c>to</c> a member still. Only the changes within those years are
/// dated (Burkina Faso, Mali and the Niger leaving ECOWAS on 29 January 2025; Timor-Leste joining ASEAN on 26 October
/// 2025). The Group of 77 lists China, which the group names beside itself ("the Group of 77 and China"). ASEAN also
/// stands for the parties to the Bangkok Treaty (the same ten states), and the Standing Advisory Committee on Security
/// Questions in Central Africa for the eleven ECCAS states.
/// </para>
/// </remarks>
public static class SponsorGroups
{
    /// <summary>One state's membership; <see cref="From"/> and <see cref="To"/> inclusive, null where it holds throughout.</summary>
    public sealed record Member(string Group, string Name, string State, DateOnly? From, DateOnly? To)
    {
        public bool HoldsOn(DateOnly? on) => on is not { } d || ((From is null || d >= From) && (To is null || d <= To));
    }

    private static readonly Lazy<Dictionary<string, List<Member>>> s_members = new(() => Parse(StateRegistry.ReadResource("sponsor_groups.csv")));

    /// <summary>The codes of the groups on record (G77, NAM, AFRICAN, GRULAC, OIC, LAS, ASEAN, ECOWAS, ECCAS, SADC, UNSAC).</summary>
    public static IReadOnlyCollection<string> Codes => s_members.Value.Keys;

    /// <summary>The group a sponsor list names ("GROUP OF 77 AND CHINA", "MOVEMENT OF NON-ALIGNED COUNTRIES"), or null
    /// when the name is not one of the groups on record.</summary>
    public static string? CodeOf(string? groupName)
    {
        if (groupName is null)
        {
            return null;
        }

        var name = Regex.Replace(groupName.ToUpperInvariant(), @"\s+", " ");
        foreach (var (pattern, code) in s_patterns)
        {
            if (pattern.IsMatch(name))
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>The group's name ("Group of 77 and China") for a code; the code itself when it is not on record.</summary>
    public static string NameOf(string group) => s_members.Value.TryGetValue(group, out var members) ? members[0].Name : group;

    /// <summary>Whether <paramref name="state"/> belongs to the group on the day (any day when <paramref name="on"/> is null).</summary>
    public static bool IsMember(string group, string state, DateOnly? on) =>
        s_members.Value.TryGetValue(group, out var members) && members.Exists(m => m.State == state && m.HoldsOn(on));

    /// <summary>The groups <paramref name="state"/> belongs to on the day.</summary>
    public static IReadOnlyList<string> GroupsOf(string state, DateOnly? on) =>
        [.. s_members.Value.Where(g => g.Value.Exists(m => m.State == state && m.HoldsOn(on))).Select(g => g.Key).Order(StringComparer.Ordinal)];

    internal static Dictionary<string, List<Member>> Parse(string csv)
    {
        var result = new Dictionary<string, List<Member>>(StringComparer.Ordinal);
        using var r = Sep.Reader(o => o with { Unescape = true }).FromText(csv);
        foreach (var row in r)
        {
            static DateOnly? Day(string text) => text.Length == 0 ? null : DateOnly.ParseExact(text, "yyyy-MM-dd");
            var group = row["group"].ToString().Trim();
            var member = new Member(group, row["name"].ToString().Trim(), row["state"].ToString().Trim(), Day(row["from"].ToString().Trim()), Day(row["to"].ToString().Trim()));
            if (!result.TryGetValue(group, out var list))
            {
                result[group] = list = [];
            }

            list.Add(member);
        }

        return result;
    }

    // The most specific names first: "ECONOMIC COMMUNITY OF WEST AFRICAN STATES" also contains "AFRICAN STATES".
    // The lists slip ("E ECONOMIC", "SOUTH-EAST", "ORGANISATION"), so the patterns read the words that name the group.
    private static readonly (Regex Pattern, string Code)[] s_patterns =
    [
        (new Regex(@"\bGROUP OF 77\b", RegexOptions.CultureInvariant), "G77"),
        (new Regex(@"\bNON-ALIGNED\b", RegexOptions.CultureInvariant), "NAM"),
        (new Regex(@"\bSECURITY QUESTIONS IN CENTRAL AFRICA\b", RegexOptions.CultureInvariant), "UNSAC"),
        (new Regex(@"\bCOMMUNITY OF WEST AFRICAN STATES\b", RegexOptions.CultureInvariant), "ECOWAS"),
        (new Regex(@"\bCOMMUNITY OF CENTRAL AFRICAN STATES\b", RegexOptions.CultureInvariant), "ECCAS"),
        (new Regex(@"\bSOUTHERN AFRICAN DEVELOPMENT COMMUNITY\b", RegexOptions.CultureInvariant), "SADC"),
        (new Regex(@"\bGROUP OF AFRICAN STATES\b", RegexOptions.CultureInvariant), "AFRICAN"),
        (new Regex(@"\bLATIN AMERICAN AND CARIBBEAN STATES\b", RegexOptions.CultureInvariant), "GRULAC"),
        (new Regex(@"\bISLAMIC COOPERATION\b", RegexOptions.CultureInvariant), "OIC"),
        (new Regex(@"\bLEAGUE OF ARAB STATES\b", RegexOptions.CultureInvariant), "LAS"),
        (new Regex(@"\bSOUTH-? ?EAST ASIAN NATIONS\b", RegexOptions.CultureInvariant), "ASEAN"),
    ];
}
