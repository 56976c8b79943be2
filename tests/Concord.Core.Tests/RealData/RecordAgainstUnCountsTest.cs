using System.IO.Compression;
using System.Text.RegularExpressions;
using Concord.Domain;
using Concord.Store;

namespace Concord.Tests.RealData;

/// <summary>The real record against the UN's own counts and records: kinds, symbols, dates and citations as classes.</summary>
public sealed partial class RecordAgainstUnCountsTest
{
    private static ConcordDatabase Open() => ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);

    [Fact]
    public void ControlTotals_EverySessionEqualsTheUnLibrarysCount_OrTheDifferenceIsExplained()
    {
        using var db = Open();
        var all = ControlTotalTable.List(db).Where(r => r.Forum == "ga").ToList();

        // All 98 sessions of the count are compared, and at most three differ, each with its reason: 34 (the Digital
        // Library lists one more than v5), 80 (the DGACM extract stops short), ES-11 (one resolution in no source here)
        Assert.Equal(98, all.Count(r => r.Reference is not null));
        var differing = all.Where(r => r.Difference != 0 || r.Reference is null).ToList();
        Assert.Subset(new HashSet<string> { "34", "80", "ES-11" }, differing.Select(r => r.Period).ToHashSet());
        Assert.All(differing, r => Assert.Matches(@"^\d+ (missing|more): ", r.Explanation));
        Assert.All(all.Where(r => r.Difference == 0), r => Assert.Equal("equal", r.Explanation));

        // No roll call only unvotes holds is counted as an adopted resolution anywhere
        Assert.All(all, r => Assert.Equal(0, r.UnvotesOnly));
    }

    [Fact]
    public void CouncilControlTotals_EveryYearsResolutionsAreTheUnsNumbering_AndVetoesTheLibrarysList()
    {
        using var db = Open();
        var council = ControlTotalTable.List(db).Where(r => r.Forum == "sc").ToList();
        var resolutions = council.Where(r => r.Measure == global::Concord.Reconciliation.CouncilControlTotals.ResolutionsMeasure).ToList();

        // Every year from 1946 has its resolutions, one decision per number the UN gave (S/RES/425(2002) folded into 1425)
        Assert.True(resolutions.Count >= 80, $"{resolutions.Count} years");
        Assert.All(resolutions, r => Assert.Equal((0, "equal"), (r.Difference, r.Explanation)));

        // And the vetoed drafts equal the Dag Hammarskjöld Library's list in every year it covers in full
        var vetoes = council.Where(r => r.Measure == global::Concord.Reconciliation.CouncilControlTotals.VetoesMeasure && r.Period != "2022").ToList();
        Assert.True(vetoes.Count >= 50);
        Assert.All(vetoes, r => Assert.Equal(0, r.Difference));
    }

    [Fact]
    public void UnvotesNumbersThatAreNotTheUns_AreNeverSymbols()
    {
        // "R/15/559" is unvotes's number for a 1960 amendment on China's representation; the 15th session's resolutions
        // run from 1472: no decision carries A/RES/559(XV), and asking for it names the roll call
        var d = RealRecord.Show("A/RES/559(XV)");
        Assert.Null(d.Decision.Symbol);
        Assert.Equal("ga:unvotes:rcid 631", d.Decision.Key);
        Assert.Equal("A/RES/559(XV)", d.NotUnSymbol);
        Assert.Equal("amendment", d.Decision.Kind);

        // "A/RES/592(III)" named two unrelated votes: it names no decision now
        Assert.Null(RealRecord.Show("A/RES/592(III)").Decision.Symbol);

        // The Spain draft of 1949 (A/852, 26-15-16) is a draft that failed, not an adopted resolution
        var spain = RealRecord.Show("A/852");
        Assert.Equal(("draft", "failed"), (spain.Decision.Kind, spain.Decision.Outcome));
    }

    [Fact]
    public void OldStyleNumbers_RiseFromSessionToSession()
    {
        // Sessions 1-30 number their resolutions on from the last: every symbol of session s lies above every symbol of s-1
        using var db = Open();
        using var cmd = db.Command("SELECT symbol, session FROM decisions WHERE forum = 'ga' AND symbol SIMILAR TO 'A/RES/[0-9]+\\([IVXL]+\\).*'");
        using var r = cmd.ExecuteReader();
        var ranges = new SortedDictionary<int, (int Low, int High)>();
        while (r.Read())
        {
            var n = int.Parse(OldNumber().Match(r.GetString(0)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var s = int.Parse(r.GetString(1), System.Globalization.CultureInfo.InvariantCulture);
            ranges[s] = ranges.TryGetValue(s, out var x) ? (Math.Min(x.Low, n), Math.Max(x.High, n)) : (n, n);
        }

        Assert.True(ranges.Count >= 25);
        var previous = 0;
        foreach (var (session, (low, high)) in ranges)
        {
            Assert.True(low > previous, $"session {session} has resolution {low}, not above the previous session's {previous}");
            previous = high;
        }
    }

    [Fact]
    public void SeparateVotes_AreDatedByThePlenaryThatAdoptedTheirResolution()
    {
        using var db = Open();
        using var cmd = db.Command("SELECT DISTINCT date FROM decisions WHERE forum = 'ga' AND symbol LIKE 'A/RES/2799(XXVI)%'");
        using var r = cmd.ExecuteReader();
        var dates = new List<DateOnly>();
        while (r.Read())
        {
            dates.Add(DateOnly.FromDateTime(r.GetDateTime(0)));
        }

        Assert.Equal([new DateOnly(1971, 12, 13)], dates);
    }

    [Fact]
    public void ABoundIsShownAsABound()
    {
        using var db = Open();
        using var cmd = db.Command("SELECT key FROM decisions WHERE date_precision = 'on_or_after' LIMIT 1");
        var key = (string)cmd.ExecuteScalar()!;
        var d = RealRecord.Show(key);
        Assert.True(d.Decision.DateIsBound);
        Assert.StartsWith("on or after ", d.Decision.DateText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A/RES/ES-11/7", 93, 18, 65, Vote.No)]
    [InlineData("A/RES/ES-11/8", 93, 8, 73, Vote.No)]
    [InlineData("A/RES/ES-10/23", 143, 9, 25, Vote.Yes)]
    [InlineData("A/RES/ES-10/26", 158, 9, 13, null)]
    [InlineData("A/RES/ES-10/27", 149, 12, 19, null)]
    public void TheEmergencySessionVotesOf2024And2025_AreOnRecord(string symbol, int yes, int no, int abstain, Vote? russia)
    {
        var d = RealRecord.Show(symbol);
        Assert.Equal((yes, no, abstain), (d.Decision.Tally!.Value.Yes, d.Decision.Tally.Value.No, d.Decision.Tally.Value.Abstain));
        Assert.Equal(yes, d.Votes.Count(v => v.Vote == Vote.Yes));
        Assert.Equal(no, d.Votes.Count(v => v.Vote == Vote.No));
        if (russia is { } v)
        {
            Assert.Equal(v, RealRecord.VoteOf(d, "RUS"));
        }
    }

    [Fact]
    public void ARowHoldingAnotherVotesVotes_IsNotAnalysed()
    {
        // The Digital Library codes A/RES/ES-10/6 (1999) with 172 yes votes, Kiribati, Nauru and Tonga among them before
        // their admission; the UN's totals imply 115
        var d = RealRecord.Show("A/RES/ES-10/6");
        Assert.Empty(d.Votes);
        Assert.Null(d.Decision.Tally);
        Assert.Contains(d.Violations, v => v.Class == "votes-contradict-record");
    }

    [Fact]
    public void EveryFileAndLineCited_OpensOnALineOfThatFile()
    {
        using var db = Open();
        var cited = new List<(string File, long Line, string Where)>();
        foreach (var sql in new[]
        {
            "SELECT file, line, 'invariant_violations' FROM invariant_violations WHERE file IS NOT NULL",
            "SELECT file_a, line_a, 'disagreements a' FROM disagreements WHERE file_a IS NOT NULL",
            "SELECT file_b, line_b, 'disagreements b' FROM disagreements WHERE file_b IS NOT NULL",
            "SELECT file, source_line, 'withheld_votes' FROM withheld_votes WHERE file IS NOT NULL",
            "SELECT file, line, 'decision_sources' FROM decision_sources",
        })
        {
            using var cmd = db.Command(sql);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                cited.Add((r.GetString(0), r.GetInt64(1), r.GetString(2)));
            }
        }

        Assert.NotEmpty(cited);
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (file, line, where) in cited)
        {
            var path = Path.Combine(RealDataDatabase.Instance.DataDir, file);
            if (!File.Exists(path))
            {
                continue;
            }

            if (!lines.TryGetValue(file, out var count))
            {
                lines[file] = count = CountLines(path);
            }

            Assert.True(line >= 1 && line <= count, $"{where} cites {file}:{line}, beyond its {count} lines");
        }

        Assert.Contains(lines.Keys, f => f.EndsWith("un_votes.csv.gz", StringComparison.Ordinal));
    }

    private static long CountLines(string path)
    {
        using var file = File.OpenRead(path);
        using Stream s = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(s);
        long n = 0;
        while (reader.ReadLine() is not null)
        {
            n++;
        }

        return n;
    }

    [GeneratedRegex(@"^A/RES/(\d+)\(")]
    private static partial Regex OldNumber();
}
