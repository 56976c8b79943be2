using System.IO.Compression;
using Concord.Analysis.IdealPoints;
using Concord.Store;

namespace Concord.Tests.RealData;

/// <summary>Each vote's source file and line are one join away, and the line is the vote's line in that file.</summary>
public sealed class VoteProvenanceOnRealDataTest
{
    private static string? Scalar(ConcordDatabase db, string sql, params object[] parameters)
    {
        using var cmd = db.Command(sql, parameters);
        return Convert.ToString(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void OneJoin_GivesEveryVoteOneFile_AndMultipliesNoRow()
    {
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        Assert.Equal(Scalar(db, "SELECT count(*) FROM votes"), Scalar(db, "SELECT count(*) FROM votes v JOIN sources s USING (file_id)"));
        Assert.Equal("0", Scalar(db, "SELECT count(*) FROM votes WHERE file_id IS NULL OR source_line IS NULL"));
        Assert.Equal(Scalar(db, "SELECT count(*) FROM sources"), Scalar(db, "SELECT count(DISTINCT file_id) FROM sources"));
    }

    [Theory]
    [InlineData("S/2019/186", "BEL", "Belgium", "Yes")]
    [InlineData("S/2019/186", "RUS", "Russian Federation", "No")]
    [InlineData("A/RES/79/6", "FRA", "\"FRANCE\"", "A/RES/79/6")]
    public void KnownVote_FileAndLine_AreItsLineInTheSourceFile(string symbol, string state, string name, string word)
    {
        // Given a known vote, its file and line by one join
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        using var cmd = db.Command("""
            SELECT s.file, v.source_line FROM votes v JOIN sources s USING (file_id) JOIN decisions d USING (decision_id)
            WHERE d.symbol = $1 AND v.state = $2
            """, symbol, state);
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read(), $"no vote of {state} on {symbol}");
        var (file, line) = (r.GetString(0), r.GetInt64(1));

        // When that line of that file is read
        var text = File.ReadLines(Path.Combine(RealDataDatabase.Instance.DataDir, file)).Skip((int)line - 1).First();

        // Then it is the vote's own line
        Assert.Contains(name, text, StringComparison.Ordinal);
        Assert.Contains(word, text, StringComparison.Ordinal);
        Assert.Contains(symbol, text, StringComparison.Ordinal);
    }

    [Fact]
    public void UnvotesVote_LineIsALineOfTheGzippedVotesFile()
    {
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        using var cmd = db.Command("""
            SELECT s.file, v.source_line, d.key, l.label FROM votes v JOIN sources s USING (file_id) JOIN decisions d USING (decision_id)
            JOIN vote_labels l ON l.vote = v.vote
            WHERE s.file LIKE '%un_votes.csv.gz' AND v.state = 'USA' ORDER BY v.decision_id LIMIT 1
            """);
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read());
        var (file, line, key, label) = (r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetString(3));
        using var gz = new GZipStream(File.OpenRead(Path.Combine(RealDataDatabase.Instance.DataDir, file)), CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        for (var i = 1; i < line; i++)
        {
            reader.ReadLine();
        }

        var text = reader.ReadLine()!;
        Assert.StartsWith(key[(key.LastIndexOf(' ') + 1)..] + ",\"United States\"", text, StringComparison.Ordinal);
        Assert.EndsWith($"\"{label}\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void IdealPoints_AreInTheTable_WhereTheDocsSay()
    {
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        var set = IdealPointTable.Read(db, IdealPointFitter.ModelDescription(IdealPointOptions.Default));
        Assert.NotNull(set);
        Assert.True(set.Points.Count > 10_000, $"{set.Points.Count} state-years");
        Assert.True(set.TryGet("USA", 2019, out var usa) && usa.Position > 1);
        Assert.NotNull(db.MetaValue(IdealPointTable.InputKey));
    }
}
