using Concord.Domain;

namespace Concord.Analysis.Agreement;

/// <summary>Which votes count, and how: the rule behind a published agreement figure.</summary>
/// <remarks>The same pair can score 0.75, 0.79 or 0.87 depending on the rule, so every result states its convention.</remarks>
public enum AgreementConvention
{
    /// <summary>Every recorded vote both states cast (amendments and separate paragraphs included).</summary>
    All,

    /// <summary>As Voeten's dyadic agreement scores: unanimous votes dropped, abstention counts half.</summary>
    Voeten,

    /// <summary>As the agreement columns published with the Bailey–Strezhnev–Voeten ideal points: exact match of three
    /// categories, unanimous votes dropped, amendment and paragraph votes after 1989 dropped, by session.</summary>
    Bsv,

    /// <summary>As the US State Department's "Voting Practices in the UN": every recorded plenary vote of the calendar year,
    /// <c>coincidence</c> by the rule of that year's report (<see cref="StateDeptCoincidence.RuleFor"/>; docs/methods.md shows
    /// the measured match with the 2018–2023 tables).</summary>
    StateDept,
}

public static class AgreementConventions
{
    public static AgreementConvention Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "all" => AgreementConvention.All,
        "voeten" => AgreementConvention.Voeten,
        "bsv" => AgreementConvention.Bsv,
        "statedept" or "state-dept" => AgreementConvention.StateDept,
        _ => throw new ArgumentException($"Unknown convention '{text}'. Known: all, voeten, bsv, statedept."),
    };

    public static string Code(this AgreementConvention c) => c.ToString().ToLowerInvariant();

    /// <summary>Whether a decision counts under the convention (the per-vote rules are in <see cref="AgreementScores"/>).</summary>
    public static bool Includes(this AgreementConvention c, in MatrixDecision d) => c switch
    {
        AgreementConvention.Voeten => !d.Unanimous,
        AgreementConvention.Bsv => !d.Unanimous && !(d.Year > 1989 && d.Kind is DecisionKind.Amendment or DecisionKind.Paragraph),
        _ => true,
    };

    /// <summary>The period a convention's published figures use when none is asked for.</summary>
    public static PeriodKind DefaultPeriod(this AgreementConvention c) => c == AgreementConvention.Bsv ? PeriodKind.Session : PeriodKind.Year;

    /// <summary>How <c>coincidence</c> is counted for a period starting in <paramref name="year"/>: the State Department's rule of that
    /// year under <see cref="AgreementConvention.StateDept"/>, the classic yes/no rule otherwise.</summary>
    public static CoincidenceRule CoincidenceRule(this AgreementConvention c, int year) =>
        c == AgreementConvention.StateDept ? StateDeptCoincidence.RuleFor(year) : Agreement.CoincidenceRule.YesNoOnly;

    /// <summary>The coincidence rule of every period (by the year of its first decision), computed once for a loop over pairs.</summary>
    public static CoincidenceRule[] CoincidenceRules(this AgreementConvention c, VoteMatrix matrix, IReadOnlyList<Period> periods)
    {
        var rules = new CoincidenceRule[periods.Count];
        for (var p = 0; p < periods.Count; p++)
        {
            var columns = periods[p].Columns;
            rules[p] = columns.Length == 0 ? Agreement.CoincidenceRule.YesNoOnly : c.CoincidenceRule(matrix.Decisions[columns[0]].Year);
        }

        return rules;
    }

    /// <summary>The headline measure a convention's published figures report.</summary>
    public static string HeadlineMeasure(this AgreementConvention c) => c switch
    {
        AgreementConvention.Bsv => "identical",
        AgreementConvention.StateDept => "coincidence",
        _ => "agreement",
    };

    public static string Describe(this AgreementConvention c) => c switch
    {
        AgreementConvention.All => "all: every recorded vote both cast; abstain = half agreement",
        AgreementConvention.Voeten => "voeten: unanimous votes dropped; abstain = half agreement (Voeten's dyadic agreement)",
        AgreementConvention.Bsv => "bsv: unanimous votes dropped, amendment/paragraph votes after 1989 dropped, by session; headline = share of identical votes (Bailey-Strezhnev-Voeten)",
        AgreementConvention.StateDept => "statedept: every recorded vote of the calendar year (US State Department); coincidence by the rule of that year's report: to 2017 same / (same + opposite) on yes/no votes; 2018 (same + partial/2) / (same + opposite + partial); 2019-2020 the same with an absence against an abstention as partial; from 2021 (same + partial/2 + absent/2) / all votes either cast",
        _ => c.ToString(),
    };
}
