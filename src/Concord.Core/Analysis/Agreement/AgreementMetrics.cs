
namespace Concord.Analysis.Agreement;

/// <summary>The measure columns a user can ask for with <c>--metric</c>, and how to read each from <see cref="AgreementScores"/>.</summary>
public static class AgreementMetrics
{
    private static readonly (string Column, Func<AgreementScores, double?> Value)[] s_all =
    [
        ("agreement", s => s.Agreement),
        ("identical", s => s.Identical),
        ("s_abs", s => s.SAbsolute),
        ("s_sq", s => s.SSquared),
        ("kappa", s => s.Kappa),
        ("kappa_nominal", s => s.KappaNominal),
        ("pi", s => s.Pi),
        ("pi_nominal", s => s.PiNominal),
        ("coincidence", s => s.Coincidence),
    ];

    public static readonly string[] Choices = ["agree", "identical", "s", "kappa", "pi", "coincidence", "all"];

    public static (string Column, Func<AgreementScores, double?> Value)[] Select(string metric) => metric switch
    {
        "agree" => [s_all[0]],
        "identical" => [s_all[1]],
        "s" => [s_all[2], s_all[3]],
        "kappa" => [s_all[4], s_all[5]],
        "pi" => [s_all[6], s_all[7]],
        "coincidence" => [s_all[8]],
        "all" => s_all,
        _ => throw new ArgumentException($"Unknown metric '{metric}'. Known: {string.Join(", ", Choices)}."),
    };

    /// <summary>The measure behind one output column (<c>agreement</c>, <c>kappa</c>, ...).</summary>
    public static (string Column, Func<AgreementScores, double?> Value) Column(string column) =>
        s_all.Single(m => m.Column == column);

    /// <summary>The metric shown when none is asked for: the convention's headline measure for all pairs (what its
    /// published figures report), every measure for one pair (one only under bsv, whose figures are one measure).</summary>
    public static string DefaultFor(AgreementConvention convention, bool allPairs) =>
        allPairs || convention == AgreementConvention.Bsv
            ? Choices.Single(c => Select(c) is [var m] && m.Column == convention.HeadlineMeasure())
            : "all";
}
