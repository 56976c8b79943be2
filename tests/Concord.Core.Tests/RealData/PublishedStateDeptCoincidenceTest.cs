using System.Globalization;
using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.Store;
using nietras.SeparatedValues;

namespace Concord.Tests.RealData;

/// <summary>US agreement with every state, against the State Department's "Voting Practices in the UN" tables (2019, 2022).</summary>
public sealed class PublishedStateDeptCoincidenceTest
{
    private static Dictionary<string, PairCounts> UsWithEveryone(int year)
    {
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        var matrix = VoteMatrixLoader.Load(db, Forum.GeneralAssembly);
        var periods = Periods.Build(matrix, PeriodKind.All, d => AgreementConvention.StateDept.Includes(d), year, year);
        return AllPairsAgreement.OneAgainstAll(matrix, periods, matrix.RowOf("USA")).ToDictionary(r => matrix.States[r.B], r => r.Counts);
    }

    private static List<(string Iso, int Same, int Opposite, int Partial, double Coincidence)> Published(int year)
    {
        var file = Path.Combine(RealDataDatabase.Instance.DataDir, "reference", "us_state_dept_voting_coincidence", $"un-coincidence-{year}.csv");
        var rows = new List<(string, int, int, int, double)>();
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(file);
        var opposite = reader.Header.TryIndexOf("OPPOSITE", out var o) ? o : reader.Header.IndexOf("OPPOSE");
        foreach (var row in reader)
        {
            rows.Add((row["ISO"].ToString().Trim(), int.Parse(row["SAME"].Span, CultureInfo.InvariantCulture), int.Parse(row[opposite].Span, CultureInfo.InvariantCulture),
                int.Parse(row["PARTIAL"].Span, CultureInfo.InvariantCulture), double.Parse(row["COINCIDENCE"].Span, CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    [Fact]
    public void UsChina2019_CountsEqualTheReport()
    {
        // The report: SAME 13, OPPOSITE 71, PARTIAL 14, COINCIDENCE 0.20 (= (13 + 14/2) / 98)
        var c = UsWithEveryone(2019)["CHN"];
        Assert.Equal((13, 71, 14), (c.Same, c.Opposite, c.Partial));
        Assert.Equal(0.20, AgreementScores.From(c, 1).Agreement!.Value, 2);
    }

    [Theory]
    [InlineData(2019, 150, 140)]
    [InlineData(2022, 189, 110)]
    public void CountsAndHalfCreditCoincidence_MatchTheReportForMostStates(int year, int minSameN, int minSameValue)
    {
        // Given every state in the report, When Concord's counts and agreement are compared with it
        var ours = UsWithEveryone(year);
        var sameN = 0;
        var sameValue = 0;
        foreach (var p in Published(year))
        {
            if (!ours.TryGetValue(p.Iso, out var c))
            {
                continue;
            }

            sameN += c.N == p.Same + p.Opposite + p.Partial ? 1 : 0;
            sameValue += Math.Abs(Math.Round(AgreementScores.From(c, 1).Agreement ?? -1, 2, MidpointRounding.AwayFromZero) - p.Coincidence) < 0.006 ? 1 : 0;
        }

        // Then most match (measured: 2019 155 and 144 of 192; 2022 191 and 115 of 191; docs/methods.md explains the rest)
        Assert.True(sameN >= minSameN, $"{sameN} states with the report's n");
        Assert.True(sameValue >= minSameValue, $"{sameValue} states with the report's coincidence");
    }
}
