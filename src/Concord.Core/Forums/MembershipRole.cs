namespace Concord.Forums;

/// <summary>A state's standing in a forum. Only <see cref="Member"/> counts in group comparisons (<c>--with</c>).</summary>
public enum MembershipRole
{
    Member,
    Observer,
    DialoguePartner,
    Partner,
    Applicant,
}

/// <summary>The spelling of roles in the CSV files and in output.</summary>
public static class MembershipRoles
{
    public static string Label(this MembershipRole role) => role switch
    {
        MembershipRole.Member => "member",
        MembershipRole.Observer => "observer",
        MembershipRole.DialoguePartner => "dialogue-partner",
        MembershipRole.Partner => "partner",
        _ => "applicant",
    };

    public static bool TryParse(string text, out MembershipRole role)
    {
        foreach (var r in Enum.GetValues<MembershipRole>())
        {
            if (string.Equals(r.Label(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = r;
                return true;
            }
        }

        role = default;
        return false;
    }
}
