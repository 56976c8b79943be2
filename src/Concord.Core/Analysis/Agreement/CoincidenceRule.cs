namespace Concord.Analysis.Agreement;

/// <summary>How a voting coincidence counts the votes of a pair: the US State Department has changed its rule over the years.</summary>
/// <remarks>
/// S = identical votes, O = opposite (yes against no), P = partial (one abstained, the other voted yes or no),
/// A = decisions only one of the two voted on (the other absent or not voting). Every rule is null when its
/// denominator is 0. Which year of the State Department's report used which rule is measured in docs/methods.md
/// ("State Department coincidence") and chosen by <see cref="StateDeptCoincidence.RuleFor"/>.
/// </remarks>
public enum CoincidenceRule
{
    /// <summary>S_yes/no ÷ (S_yes/no + O): yes and no votes only, abstentions and absences left out (the reports to 2017, "votes only").</summary>
    YesNoOnly,

    /// <summary>(S + ½P) ÷ (S + O + P): an abstention against a vote earns half; absences left out (the 2018 report).</summary>
    HalfCredit,

    /// <summary>As <see cref="HalfCredit"/>, but an absence where the other abstained is partial too:
    /// (S + ½(P + P_absent)) ÷ (S + O + P + P_absent) (the 2019 and 2020 reports).</summary>
    HalfCreditAbsentAgainstAbstention,

    /// <summary>(S + ½P + ½A) ÷ (S + O + P + A): every vote either cast counts, an absence earns half (the 2021–2023 reports).</summary>
    HalfCreditAbsenceHalf,
}

/// <summary>The rule of the State Department's "Voting Practices in the United Nations" for each year's General Assembly table.</summary>
public static class StateDeptCoincidence
{
    /// <summary>The first and last years whose published table Concord was checked against.</summary>
    public const int FirstCheckedYear = 2018, LastCheckedYear = 2023;

    /// <summary>
    /// The rule reproducing the report for <paramref name="year"/>: before 2018 the reports' classic "votes only"
    /// coincidence; 2018 half credit; 2019–2020 half credit with an absence against a US abstention as partial;
    /// from 2021 half credit for an absence too (after 2023, the last rule checked, unchanged until a report says otherwise).
    /// </summary>
    public static CoincidenceRule RuleFor(int year) => year switch
    {
        < 2018 => CoincidenceRule.YesNoOnly,
        2018 => CoincidenceRule.HalfCredit,
        2019 or 2020 => CoincidenceRule.HalfCreditAbsentAgainstAbstention,
        _ => CoincidenceRule.HalfCreditAbsenceHalf,
    };

    /// <summary>The coincidence of a pair under <paramref name="rule"/>; null when nothing is counted.</summary>
    public static double? Compute(in PairCounts c, CoincidenceRule rule)
    {
        // Doubled so that every half is a whole number: the ratio is then exact up to the one division.
        long twiceScore, twiceCounted;
        switch (rule)
        {
            case CoincidenceRule.HalfCredit:
                twiceScore = (2L * c.Same) + c.Partial;
                twiceCounted = 2L * c.N;
                break;
            case CoincidenceRule.HalfCreditAbsentAgainstAbstention:
                twiceScore = (2L * c.Same) + c.Partial + c.AbstainedOtherAbsent;
                twiceCounted = 2L * (c.N + c.AbstainedOtherAbsent);
                break;
            case CoincidenceRule.HalfCreditAbsenceHalf:
                twiceScore = (2L * c.Same) + c.Partial + c.OneAbsent;
                twiceCounted = 2L * (c.N + c.OneAbsent);
                break;
            default:
                twiceScore = 2L * (c.YesYes + c.NoNo);
                twiceCounted = 2L * (c.YesYes + c.NoNo + c.Opposite);
                break;
        }

        return twiceCounted == 0 ? null : twiceScore / (double)twiceCounted;
    }

    public static string Describe(CoincidenceRule rule) => rule switch
    {
        CoincidenceRule.HalfCredit => "(same + partial/2) / (same + opposite + partial), absences left out",
        CoincidenceRule.HalfCreditAbsentAgainstAbstention => "(same + partial/2) / (same + opposite + partial), an absence against an abstention counted as partial",
        CoincidenceRule.HalfCreditAbsenceHalf => "(same + partial/2 + absent/2) / (same + opposite + partial + absent)",
        _ => "same / (same + opposite), yes and no votes only",
    };
}
