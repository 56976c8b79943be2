namespace Concord.Domain;

/// <summary>The catalogue of issue areas: codes, names, the standard's implications and the <c>unvotes</c> codes.</summary>
public static class IssueSets
{
    /// <summary>Every area in the labelling standard's fixed order, with its code and name.</summary>
    public static readonly (IssueSet Flag, string Code, string Name)[] All =
    [
        (IssueSet.ArmsControl, "arms_control", "Arms control and disarmament"),
        (IssueSet.Nuclear, "nuclear", "Nuclear weapons and material"),
        (IssueSet.HumanRights, "human_rights", "Human rights"),
        (IssueSet.CountryHumanRights, "country_human_rights", "Human rights in a named country"),
        (IssueSet.Palestine, "palestine", "Palestine"),
        (IssueSet.MiddleEast, "middle_east", "Middle East"),
        (IssueSet.Colonialism, "colonialism", "Colonialism and decolonization"),
        (IssueSet.Development, "development", "Development, economy and environment"),
        (IssueSet.SovereigntyIntervention, "sovereignty_intervention", "Sovereignty and intervention"),
        (IssueSet.Sanctions, "sanctions", "Sanctions and coercive measures"),
        (IssueSet.TerritorialIntegrity, "territorial_integrity", "Territorial integrity"),
        (IssueSet.Ukraine, "ukraine", "Ukraine"),
        (IssueSet.Syria, "syria", "Syria"),
        (IssueSet.Dprk, "dprk", "DPRK (North Korea)"),
        (IssueSet.Iran, "iran", "Iran"),
        (IssueSet.Peacekeeping, "peacekeeping", "Peacekeeping"),
        (IssueSet.Terrorism, "terrorism", "Terrorism"),
        (IssueSet.UnProcedure, "un_procedure", "UN budget, membership and procedure"),
    ];

    /// <summary>
    /// The standard's implication rules: an area on the left always brings the one on the right. The one exception
    /// the standard names (the IAEA report is <c>nuclear</c> without <c>arms_control</c>) is a removal rule in the
    /// rules file, applied after these.
    /// </summary>
    public static readonly (IssueSet From, IssueSet To)[] Implications =
    [
        (IssueSet.Palestine, IssueSet.MiddleEast),
        (IssueSet.Syria, IssueSet.MiddleEast),
        (IssueSet.Iran, IssueSet.MiddleEast),
        (IssueSet.CountryHumanRights, IssueSet.HumanRights),
        (IssueSet.Sanctions, IssueSet.SovereigntyIntervention),
        (IssueSet.TerritorialIntegrity, IssueSet.SovereigntyIntervention),
        (IssueSet.Nuclear, IssueSet.ArmsControl),
    ];

    /// <summary>
    /// The six issue codes of the <c>unvotes</c> data and the area each is compared with. <c>me</c> ("Palestinian
    /// conflict") is compared with <c>palestine</c> by its name; the unvotes coding conventions differ from the
    /// standard in places (docs/methods.md lists where), so these are comparisons, not equivalences.
    /// </summary>
    public static readonly (string Code, IssueSet Area)[] UnvotesCodes =
    [
        ("me", IssueSet.Palestine),
        ("nu", IssueSet.Nuclear),
        ("di", IssueSet.ArmsControl),
        ("hr", IssueSet.HumanRights),
        ("co", IssueSet.Colonialism),
        ("ec", IssueSet.Development),
    ];

    /// <summary>The six areas the <c>unvotes</c> codes are compared with.</summary>
    public const IssueSet Unvotes = IssueSet.Palestine | IssueSet.Nuclear | IssueSet.ArmsControl
        | IssueSet.HumanRights | IssueSet.Colonialism | IssueSet.Development;

    /// <summary>The areas with every implication applied, until nothing more follows.</summary>
    public static IssueSet WithImplied(IssueSet set)
    {
        var before = IssueSet.None;
        while (before != set)
        {
            before = set;
            foreach (var (from, to) in Implications)
            {
                if ((set & from) != 0)
                {
                    set |= to;
                }
            }
        }

        return set;
    }

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

    /// <summary>The areas of a list of codes separated by <paramref name="separator"/> (empty or null: none).</summary>
    public static IssueSet ParseList(string? codes, char separator = ',')
    {
        var set = IssueSet.None;
        if (string.IsNullOrEmpty(codes))
        {
            return set;
        }

        foreach (var code in codes.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            set |= Parse(code);
        }

        return set;
    }

    /// <summary>The areas an <c>unvotes</c> code list (e.g. <c>me,hr</c>) is compared with.</summary>
    public static IssueSet FromUnvotes(string? codes)
    {
        var set = IssueSet.None;
        foreach (var code in (codes ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var found = Array.Find(UnvotesCodes, u => u.Code == code);
            if (found.Code is null)
            {
                throw new ArgumentException($"'{code}' is not an unvotes issue code ({string.Join(", ", UnvotesCodes.Select(u => u.Code))}).");
            }

            set |= found.Area;
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
