using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.Reports.Text;
using Concord.States;

namespace Concord.Reports.Brief;

/// <summary>One pair a reader can set the brief's pair beside, with its Assembly agreement over the frame and by year.</summary>
/// <param name="Label">For a chart's legend: "United States–United Kingdom", "median pair".</param>
/// <param name="Prose">For a sentence: "the United States and the United Kingdom (allies)".</param>
/// <param name="Role">"allies" or "rivals" for a named pair; null for a median.</param>
internal sealed record Yardstick(string Label, string Prose, double? Overall, IReadOnlyList<(int Year, double? Value)> ByYear, string? Role = null);

/// <summary>
/// What a level of agreement means, computed in the brief's own frame: treaty allies, rivals, and the median of every
/// pair of UN members (for a state and a group: the group's own members, and the median member state).
/// </summary>
/// <remarks>
/// The Assembly adopts most texts by large majorities, so most pairs agree often: 0.83 reads as close only beside the
/// pairs a reader knows. The allied pairs are a choice (named here, with the reason); their figures are computed.
/// The United States and the United Kingdom (NATO, and the closest bilateral tie of the Atlantic alliance), France and
/// Germany (NATO, the Élysée Treaty, the core of the EU's common foreign policy) and the United States and Russia (the
/// rivals of the Cold War and since 2014).
/// </remarks>
internal sealed class Yardsticks
{
    private static readonly (string A, string B, string Role)[] s_named = [("USA", "GBR", "allies"), ("FRA", "DEU", "allies"), ("USA", "RUS", "rivals")];

    private Yardsticks(IReadOnlyList<Yardstick> named, Yardstick median, double? closerThan, int pairs)
    {
        Named = named;
        Median = median;
        CloserThan = closerThan;
        Pairs = pairs;
    }

    /// <summary>The allied and rival pairs (a pair identical to the brief's own is left out); for a group, its members' median.</summary>
    public IReadOnlyList<Yardstick> Named { get; }

    /// <summary>The median pair of the frame (for a group: the median UN member's agreement with the group).</summary>
    public Yardstick Median { get; }

    /// <summary>The share of pairs (or member states) whose agreement is lower than the brief's pair's, over the frame.</summary>
    public double? CloserThan { get; }

    /// <summary>How many pairs (or states) the median and share are taken over.</summary>
    public int Pairs { get; }

    /// <summary>"the United States and the United Kingdom (allies) 65%, France and Germany (allies) 92%, ... the median pair 87%".</summary>
    public string InWords()
    {
        var parts = Named.Where(y => y.Overall is not null).Select(y => $"{y.Prose} {BriefContext.Percent(y.Overall)}").ToList();
        parts.Add($"{Median.Prose} {BriefContext.Percent(Median.Overall)}");
        return BriefContext.And(parts);
    }

    public static Yardsticks Compute(BriefContext ctx) => ctx.IsStatePair ? ForPair(ctx) : ForGroup(ctx);

    private static Yardsticks ForPair(BriefContext ctx)
    {
        var record = ctx.Record;
        var matrix = ctx.Assembly;
        var registry = StateRegistry.Default;
        var named = new List<Yardstick>();
        foreach (var (a, b, role) in s_named)
        {
            var same = (a == ctx.A.Code && b == ctx.B!.Code) || (b == ctx.A.Code && a == ctx.B!.Code);
            if (same || !matrix.TryRowOf(a, out _) || !matrix.TryRowOf(b, out _))
            {
                continue;
            }

            var (sa, sb) = (registry[a], registry[b]);
            var overall = ctx.PairByPeriod(sa, sb, BriefContext.Frame(Forum.GeneralAssembly, PeriodKind.All, ctx.From, ctx.To));
            var yearly = ctx.PairByPeriod(sa, sb, BriefContext.Frame(Forum.GeneralAssembly, PeriodKind.Year, ctx.From, ctx.To));
            named.Add(new Yardstick($"{ReaderNames.Label(sa)}–{ReaderNames.Label(sb)} ({role})", $"{ReaderNames.InProse(sa)} and {ReaderNames.InProse(sb)} ({role})",
                overall is [var one] ? one.Scores.Agreement : null, [.. yearly.Select(y => (y.Year, y.Scores.Agreement))], role));
        }

        // Every pair of states that shared enough votes: over the whole frame, and year by year.
        var all = record.Periods(Forum.GeneralAssembly, true, PeriodKind.All, AgreementConvention.All, IssueSet.None, ctx.From, ctx.To);
        var overallValues = Values(AllPairsAgreement.Compute(matrix, all, BriefContext.MinN), all.Count)[0];
        var years = record.Periods(Forum.GeneralAssembly, true, PeriodKind.Year, AgreementConvention.All, IssueSet.None, ctx.From, ctx.To);
        var byYear = Values(AllPairsAgreement.Compute(matrix, years, BriefContext.MinN), years.Count);
        var medianByYear = new List<(int, double?)>(years.Count);
        for (var p = 0; p < years.Count; p++)
        {
            medianByYear.Add((int.Parse(years[p].Label, BriefContext.Inv), MedianOf(byYear[p])));
        }

        var median = new Yardstick("median pair of UN members", "the median pair of UN members", MedianOf(overallValues), medianByYear);
        var own = ctx.Overall.Agreement;
        double? closer = own is { } v && overallValues.Count > 0 ? (double)overallValues.Count(x => x < v) / overallValues.Count : null;
        return new Yardsticks(named, median, closer, overallValues.Count);
    }

    private static Yardsticks ForGroup(BriefContext ctx)
    {
        var group = ctx.Group!;
        var record = ctx.Record;
        var baseMatrix = ctx.Assembly;
        var all = record.Periods(Forum.GeneralAssembly, true, PeriodKind.All, AgreementConvention.All, IssueSet.None, ctx.From, ctx.To);
        var years = record.Periods(Forum.GeneralAssembly, true, PeriodKind.Year, AgreementConvention.All, IssueSet.None, ctx.From, ctx.To);
        var withGroup = GroupPosition.WithGroup(baseMatrix, group, exclude: ctx.A.Code);
        var groupRow = withGroup.Rows - 1;
        var lastDay = new DateOnly(ctx.To, 12, 31);

        // Every state but the group's members against the group's majority: the median UN member.
        List<double> Outsiders(PairPeriodCounts[] counts, int periods, int p) =>
            Values(counts, periods)[p];
        var overallCounts = Keep(AllPairsAgreement.OneAgainstAll(withGroup, all, groupRow, BriefContext.MinN), withGroup, group, lastDay);
        var yearCounts = Keep(AllPairsAgreement.OneAgainstAll(withGroup, years, groupRow, BriefContext.MinN), withGroup, group, lastDay);
        var overallValues = all.Count == 0 ? [] : Outsiders(overallCounts, all.Count, 0);
        var byYear = Values(yearCounts, years.Count);
        var medianByYear = new List<(int, double?)>(years.Count);
        for (var p = 0; p < years.Count; p++)
        {
            medianByYear.Add((int.Parse(years[p].Label, BriefContext.Inv), MedianOf(byYear[p])));
        }

        var label = ReaderNames.GroupLabel(group);
        var median = new Yardstick($"median non-member with {label}", $"the median state outside {ReaderNames.GroupInProse(group)}", MedianOf(overallValues), medianByYear);

        // Each member (other than A) against the majority of the others: how close the group's own members stand.
        var memberValues = new List<double>();
        foreach (var member in group.Members.Where(m => m.State != ctx.A.Code && group.IsMember(m.State, lastDay)).Select(m => m.State).Distinct())
        {
            if (!baseMatrix.TryRowOf(member, out var row) || all.Count == 0)
            {
                continue;
            }

            var m = GroupPosition.WithGroup(baseMatrix, group, exclude: member);
            var counts = AllPairsAgreement.OnePair(m, all, row, m.Rows - 1)[0];
            if (AgreementScores.From(counts, BriefContext.MinN).Agreement is { } v)
            {
                memberValues.Add(v);
            }
        }

        var members = new Yardstick($"median member of {label}", $"the median member of {ReaderNames.GroupInProse(group)} (with the others' majority)", MedianOf(memberValues), []);
        var own = ctx.Overall.Agreement;
        double? closer = own is { } x && overallValues.Count > 0 ? (double)overallValues.Count(y => y < x) / overallValues.Count : null;
        return new Yardsticks(memberValues.Count > 0 ? [members] : [], median, closer, overallValues.Count);
    }

    /// <summary>The median agreement of all pairs of states in each period (label to median), over pairs with enough common votes.</summary>
    public static Dictionary<string, double?> MedianByPeriod(VoteMatrix matrix, IReadOnlyList<Period> periods)
    {
        var values = Values(AllPairsAgreement.Compute(matrix, periods, BriefContext.MinN), periods.Count);
        var result = new Dictionary<string, double?>(StringComparer.Ordinal);
        for (var p = 0; p < periods.Count; p++)
        {
            result[periods[p].Label] = MedianOf(values[p]);
        }

        return result;
    }

    /// <summary>The counts of states that are not members of the group on the frame's last day.</summary>
    private static PairPeriodCounts[] Keep(PairPeriodCounts[] counts, VoteMatrix matrix, StateGroup group, DateOnly on) =>
        [.. counts.Where(c => !group.IsMember(matrix.States[c.B], on) && !group.IsMember(matrix.States[c.A], on))];

    /// <summary>The agreements of a period's pairs, one list per period.</summary>
    private static List<double>[] Values(PairPeriodCounts[] counts, int periods)
    {
        var values = new List<double>[Math.Max(periods, 1)];
        for (var p = 0; p < values.Length; p++)
        {
            values[p] = [];
        }

        foreach (var c in counts)
        {
            if (AgreementScores.From(c.Counts, BriefContext.MinN).Agreement is { } v)
            {
                values[c.Period].Add(v);
            }
        }

        return values;
    }

    /// <summary>The median of the values (sorted in place), or null when there are none.</summary>
    internal static double? MedianOf(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
