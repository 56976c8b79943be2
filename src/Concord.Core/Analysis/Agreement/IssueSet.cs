namespace Concord.Analysis.Agreement;

/// <summary>The six issue areas of the <c>unvotes</c> data, as bit flags (a roll call can have several).</summary>
[Flags]
public enum IssueSet : byte
{
    None = 0,

    /// <summary>Palestinian conflict (<c>me</c>).</summary>
    PalestinianConflict = 1,

    /// <summary>Nuclear weapons and nuclear material (<c>nu</c>).</summary>
    NuclearWeapons = 2,

    /// <summary>Arms control and disarmament (<c>di</c>).</summary>
    ArmsControl = 4,

    /// <summary>Human rights (<c>hr</c>).</summary>
    HumanRights = 8,

    /// <summary>Colonialism (<c>co</c>).</summary>
    Colonialism = 16,

    /// <summary>Economic development (<c>ec</c>).</summary>
    EconomicDevelopment = 32,
}

public static class IssueSets
{
    public static readonly (IssueSet Flag, string Code, string Name)[] All =
    [
        (IssueSet.PalestinianConflict, "me", "Palestinian conflict"),
        (IssueSet.NuclearWeapons, "nu", "Nuclear weapons and nuclear material"),
        (IssueSet.ArmsControl, "di", "Arms control and disarmament"),
        (IssueSet.HumanRights, "hr", "Human rights"),
        (IssueSet.Colonialism, "co", "Colonialism"),
        (IssueSet.EconomicDevelopment, "ec", "Economic development"),
    ];

    public static IssueSet ParseList(string? codes)
    {
        var set = IssueSet.None;
        if (string.IsNullOrEmpty(codes))
        {
            return set;
        }

        foreach (var code in codes.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            set |= Parse(code);
        }

        return set;
    }

    public static IssueSet Parse(string code)
    {
        foreach (var (flag, c, name) in All)
        {
            if (string.Equals(code, c, StringComparison.OrdinalIgnoreCase) || string.Equals(code, name, StringComparison.OrdinalIgnoreCase))
            {
                return flag;
            }
        }

        throw new ArgumentException($"Unknown issue area '{code}'. Known: {string.Join(", ", All.Select(a => $"{a.Code} ({a.Name})"))}.");
    }
}
