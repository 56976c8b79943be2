namespace Concord.Analysis.Agreement;

/// <summary>The issue areas of a decision, as bit flags (a decision can have several).</summary>
/// <remarks>
/// The first six are the areas of the <c>unvotes</c> data (its codes, kept so results compare with that dataset);
/// the others are the areas the questions about aligned states need. Which decision is in which area is decided by
/// the rules in <c>Reference/issue_rules.csv</c> (see <see cref="Issues.IssueClassifier"/>), not by this type.
/// </remarks>
[Flags]
public enum IssueSet : uint
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

    /// <summary>Use of force and intervention; sovereignty and non-interference (<c>force</c>).</summary>
    UseOfForce = 1 << 6,

    /// <summary>The human-rights situation in a named country (<c>hrc</c>).</summary>
    CountryHumanRights = 1 << 7,

    /// <summary>Sanctions and coercive economic measures (<c>sanctions</c>).</summary>
    Sanctions = 1 << 8,

    /// <summary>Territorial integrity: Ukraine and Crimea, Georgia, Azerbaijan, Moldova, Cyprus, disputed islands (<c>territory</c>).</summary>
    TerritorialIntegrity = 1 << 9,

    /// <summary>Syria (<c>syria</c>).</summary>
    Syria = 1 << 10,

    /// <summary>The Democratic People's Republic of Korea (<c>dprk</c>).</summary>
    Dprk = 1 << 11,

    /// <summary>Iran (<c>iran</c>).</summary>
    Iran = 1 << 12,

    /// <summary>Israel–Palestine and the wider Middle East (<c>mideast</c>).</summary>
    MiddleEast = 1 << 13,

    /// <summary>Peacekeeping mandates and their financing (<c>pk</c>).</summary>
    Peacekeeping = 1 << 14,

    /// <summary>Terrorism (<c>terror</c>).</summary>
    Terrorism = 1 << 15,

    /// <summary>UN membership, credentials, elections, budget and procedure (<c>unproc</c>).</summary>
    UnProcedure = 1 << 16,
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
        (IssueSet.UseOfForce, "force", "Use of force, intervention and non-interference"),
        (IssueSet.CountryHumanRights, "hrc", "Human rights in a named country"),
        (IssueSet.Sanctions, "sanctions", "Sanctions"),
        (IssueSet.TerritorialIntegrity, "territory", "Territorial integrity"),
        (IssueSet.Syria, "syria", "Syria"),
        (IssueSet.Dprk, "dprk", "DPRK (North Korea)"),
        (IssueSet.Iran, "iran", "Iran"),
        (IssueSet.MiddleEast, "mideast", "Israel-Palestine and the Middle East"),
        (IssueSet.Peacekeeping, "pk", "Peacekeeping mandates"),
        (IssueSet.Terrorism, "terror", "Terrorism"),
        (IssueSet.UnProcedure, "unproc", "UN membership and procedure"),
    ];

    /// <summary>The six areas of the <c>unvotes</c> data, whose codes there are the gold standard for the rules.</summary>
    public const IssueSet Unvotes = IssueSet.PalestinianConflict | IssueSet.NuclearWeapons | IssueSet.ArmsControl
        | IssueSet.HumanRights | IssueSet.Colonialism | IssueSet.EconomicDevelopment;

    public static string Code(IssueSet single)
    {
        foreach (var (flag, code, _) in All)
        {
            if (flag == single)
            {
                return code;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(single), single, "Not a single issue area.");
    }

    /// <summary>The codes of the areas in a set, in catalogue order, separated by <paramref name="separator"/>.</summary>
    public static string Codes(IssueSet set, string separator = ",")
    {
        var codes = new List<string>();
        foreach (var (flag, code, _) in All)
        {
            if ((set & flag) != 0)
            {
                codes.Add(code);
            }
        }

        return string.Join(separator, codes);
    }

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

    /// <summary>The area of a code or name, or <see cref="IssueSet.None"/> when no area is asked for.</summary>
    public static IssueSet ParseOrNone(string? code) => code is null ? IssueSet.None : Parse(code);

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
