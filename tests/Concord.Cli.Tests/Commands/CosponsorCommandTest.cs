using System.Text.Json;
using Concord.Domain;
using Concord.Store;

namespace Concord.Tests.Commands;

/// <summary><c>concord cosponsor A B</c> on the real record, against the sponsor lists and votes as stored.</summary>
public sealed class CosponsorCommandTest
{
    private static T Read<T>(Func<ConcordDatabase, T> query)
    {
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        return query(db);
    }

    [Fact]
    public void Joint_ListsExactlyTheTextsBothSponsoredInTheirOwnName_WithTheirSymbols()
    {
        // Given every covered text China and Russia both sponsored in their own name, as stored
        var expected = Read(db => SponsorshipTable.Sets(db)).Where(s => s.States.Contains("CHN") && s.States.Contains("RUS")).Select(s => s.Symbol).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);

        // When the joint texts are listed
        var (code, output, err) = CliRun.OnRealData("cosponsor", "CHN", "RUS", "--list", "joint", "--format", "json");

        // Then they are those texts, and the answer states the coverage
        Assert.True(code == 0, err);
        using var json = JsonDocument.Parse(output);
        var listed = json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("symbol").GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, listed);
        Assert.StartsWith("General Assembly sessions 74", json.RootElement.GetProperty("coverage").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void OuterSpace_NoFirstPlacement_IsAJointTextOfChinaAndRussia_WhereBothAreOnTheList()
    {
        // Given the "No first placement of weapons in outer space" resolutions and their sponsor sets
        var sets = Read(db => SponsorshipTable.Sets(db)).ToDictionary(s => s.DecisionId);
        var titles = Read(db => DecisionSummaryTable.ByIds(db, sets.Keys));
        var noFirstPlacement = titles.Values.Where(t => t.Title?.Contains("No first placement of weapons in outer space", StringComparison.OrdinalIgnoreCase) == true).ToList();
        Assert.NotEmpty(noFirstPlacement);
        Assert.All(noFirstPlacement, t => Assert.Contains("RUS", sets[t.Id].States));

        // When the joint texts are listed
        var (_, output, _) = CliRun.OnRealData("cosponsor", "CHN", "RUS", "--list", "joint", "--format", "csv");

        // Then each one China sponsored too is among them, and none China did not
        foreach (var t in noFirstPlacement)
        {
            Assert.Equal(sets[t.Id].States.Contains("CHN"), output.Contains("," + t.Symbol + ",", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void BySession_CountsAddUp_AndAgainstMeansARecordedNo()
    {
        // Given the by-session table of the United States and Russia
        var (code, output, err) = CliRun.OnRealData("cosponsor", "USA", "RUS", "--format", "json");
        Assert.True(code == 0, err);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();

        // Then the sessions add up to the totals, and "against" is never more than what one sponsored
        Assert.Equal(json.RootElement.GetProperty("texts").GetInt32(), rows.Sum(r => r.GetProperty("texts").GetInt32()));
        Assert.Equal(json.RootElement.GetProperty("both_sponsored").GetInt32(), rows.Sum(r => r.GetProperty("both").GetInt32()));
        Assert.All(rows, r => Assert.InRange(r.GetProperty("a_sponsored_b_against").GetInt32(), 0, r.GetProperty("a_sponsored").GetInt32()));

        // And each listed text Russia voted against was sponsored by the United States, with Russia's recorded no
        var (_, listed, _) = CliRun.OnRealData("cosponsor", "USA", "RUS", "--list", "a-sponsored-b-against", "--format", "json");
        using var list = JsonDocument.Parse(listed);
        var texts = list.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(rows.Sum(r => r.GetProperty("a_sponsored_b_against").GetInt32()), texts.Count);
        Assert.All(texts, t => Assert.Equal((Vote.No.Label(), true), (t.GetProperty("vote_b").GetString(), t.GetProperty("a_sponsored").GetBoolean())));
    }

    [Fact]
    public void SameState_IsRefused()
    {
        var (code, _, err) = CliRun.OnRealData("cosponsor", "RUS", "Russia");
        Assert.Equal(2, code);
        Assert.Contains("the same state", err, StringComparison.Ordinal);
    }
}
