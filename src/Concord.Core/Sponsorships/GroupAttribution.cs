using System.Text.RegularExpressions;

namespace Concord.Sponsorships;

/// <summary>Gives an "on behalf of" phrase to the state it belongs to when a sponsor list attached it to the wrong name.</summary>
/// <remarks>
/// <para>
/// The lists are extracted from the documents, and an "(on behalf of ...)" phrase sometimes lands on the name after
/// the state that spoke for the group: A/RES/77/213, 77/214 and 78/202 list "CHINA, CUBA, RUSSIAN FEDERATION (ON BEHALF
/// OF ... THE MOVEMENT OF NON-ALIGNED COUNTRIES)", although Russia is not in the Movement and Cuba, which speaks for it
/// on these texts in every other session, is. Read as written, Russia would be a sponsor only for a group it does not
/// belong to, and so not a sponsor in its own name.
/// </para>
/// <para>
/// A state can only speak for a group it belongs to. So when the state a phrase is attached to is not a member of the
/// group that day (<see cref="SponsorGroups"/>) and the state just before it in the list is, the phrase goes to that
/// state, and the other sponsors in its own name. Nothing else moves: a phrase on a member stays where it is, and a
/// group not on record (a Bureau) is left as written.
/// </para>
/// </remarks>
public static partial class GroupAttribution
{
    /// <summary>Moves each misplaced phrase in one list (in list order) to the member before it; returns how many moved.</summary>
    /// <param name="list">The sponsors of one list of one record, in the order written.</param>
    /// <param name="on">The resolution's date.</param>
    public static int Repair(IList<SourceSponsorship> list, DateOnly? on)
    {
        var moved = 0;
        for (var i = 1; i < list.Count; i++)
        {
            var s = list[i].Sponsor;
            if (s.Class != SponsorClass.State || s.State is not { } state || SponsorGroups.CodeOf(s.OnBehalfOf) is not { } group
                || SponsorGroups.IsMember(group, state, on))
            {
                continue;
            }

            var before = list[i - 1].Sponsor;
            if (before.Class != SponsorClass.State || before.OnBehalfOf is not null || before.State is not { } speaker
                || !SponsorGroups.IsMember(group, speaker, on))
            {
                continue;
            }

            list[i - 1] = list[i - 1] with { Sponsor = before with { OnBehalfOf = s.OnBehalfOf } };
            list[i] = list[i] with { Sponsor = s with { Name = OwnName(s.Name), OnBehalfOf = null } };
            moved++;
        }

        return moved;
    }

    /// <summary>The name without the phrase: "RUSSIAN FEDERATION" of "RUSSIAN FEDERATION (ON BEHALF OF ...)".</summary>
    private static string OwnName(string name)
    {
        var m = Phrase().Match(name);
        return m.Success ? name[..m.Index].TrimEnd() : name;
    }

    [GeneratedRegex(@"\s*[(,]\s*O[NF]\s+BEHALF\s+OF\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();
}
