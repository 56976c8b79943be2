using Concord.Questions;
using Concord.Questions.Decisions;
using Concord.Store;

namespace Concord.Tests.Store;

/// <summary>The in-memory index <c>show</c> answers from on a server gives the answer the database gives, to the byte.</summary>
public sealed class DecisionIndexTest : IClassFixture<DecisionIndexTest.WarmRecord>
{
    /// <summary>The real record, warmed as the server warms it (so that it holds the index).</summary>
    public sealed class WarmRecord : IDisposable
    {
        public WarmRecord()
        {
            Record = new LoadedRecord(ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path));
            Record.Warm();
        }

        public LoadedRecord Record { get; }

        public void Dispose() => Record.Dispose();
    }

    private readonly LoadedRecord _record;

    public DecisionIndexTest(WarmRecord fixture) => _record = fixture.Record;

    /// <summary>The JSON answer, or the refusal's text: both paths must give the same.</summary>
    private static string Answer(Func<ShowQuestion.Answer> run)
    {
        try
        {
            return ResultJson.Write(ShowQuestion.ToTable(run()));
        }
        catch (QuestionNotFound missing)
        {
            return "not found: " + missing.Message;
        }
    }

    private void AssertSameAsDatabase(string symbol)
    {
        var fromDatabase = Answer(() => ShowQuestion.RunOnDatabase(_record, symbol));
        var fromIndex = Answer(() => ShowQuestion.Run(_record, symbol));
        Assert.True(fromDatabase == fromIndex, $"'{symbol}': the index answers\n{fromIndex}\nthe database\n{fromDatabase}");
    }

    [Theory]
    [InlineData("A/RES/68/262")] // Assembly, recorded vote
    [InlineData("a/res/68/262")] // any case
    [InlineData("  A/RES/68/262 ")] // spaces around
    [InlineData("A/RES/ES-11/1")] // emergency session
    [InlineData("A/RES/79/20")] // sponsor lists on record
    [InlineData("A/RES/78/1")] // a non-state sponsor (the President)
    [InlineData("A/RES/79/291")] // adopted without a vote
    [InlineData("S/RES/2448(2018)")] // Council resolution
    [InlineData("S/RES/2448 (2018)")]
    [InlineData("s/res/2448 (2018)")]
    [InlineData("S/2019/186")] // a vetoed Council draft
    [InlineData("roll call 631 of session 15 (unvotes id)")] // no UN symbol: Concord's name for it
    [InlineData("A/RES/559(XV)")] // a source's symbol the UN never gave
    [InlineData("A/RES/99/999")] // not on record
    [InlineData("S/RES/99999(2099)")]
    [InlineData("nonsense")]
    [InlineData("roll call 99999999")]
    [InlineData("Ａ/RES/68/262")] // full-width: declined by the index, read from the database
    [InlineData("A/RES/68/262\u0131")] // a dotless i, whose upper case is ASCII
    public void NamedSymbols_AnswerAsTheDatabaseDoes(string symbol) => AssertSameAsDatabase(symbol);

    [Fact]
    public void ASampleOfEveryDecision_BySymbolDraftAndKey_AnswersAsTheDatabaseDoes()
    {
        // Given every 23rd decision (a spread over both forums and every decade), each asked by its symbol, its draft and
        // its key, as written and in lower case
        var spellings = _record.Read(db =>
        {
            var found = new List<string>();
            using var cmd = db.Command("SELECT symbol, draft, key FROM decisions WHERE decision_id % 23 = 0 ORDER BY decision_id");
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                for (var i = 0; i < 3; i++)
                {
                    if (!r.IsDBNull(i))
                    {
                        found.Add(r.GetString(i));
                    }
                }
            }

            return found;
        });
        Assert.True(spellings.Count > 1000, $"{spellings.Count} spellings");

        // When each is asked of both, Then each answer is the same
        foreach (var symbol in spellings.Concat(spellings.Where((_, i) => i % 5 == 0).Select(s => s.ToLowerInvariant())))
        {
            AssertSameAsDatabase(symbol);
        }
    }

    [Fact]
    public void SymbolsWithSeveralRollCalls_AnswerWithTheSameMainVoteAndRelatedOnes()
    {
        // Given symbols with several roll calls (amendments, separate paragraphs: the related roll calls)
        var symbols = _record.Read(db =>
        {
            var found = new List<string>();
            using var cmd = db.Command("SELECT symbol FROM decisions WHERE symbol IS NOT NULL GROUP BY symbol HAVING count(*) > 1 ORDER BY symbol");
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                found.Add(r.GetString(0));
            }

            return found;
        });
        Assert.NotEmpty(symbols);

        // Then each answers as the database does
        foreach (var symbol in symbols.Where((_, i) => i % 4 == 0))
        {
            AssertSameAsDatabase(symbol);
        }
    }

    [Fact]
    public void DecisionsWithInvariantsOrWithheldVotes_AnswerAsTheDatabaseDoes()
    {
        // Given decisions with a violation on record, or with votes withheld
        var keys = _record.Read(db =>
        {
            var found = new List<string>();
            using var cmd = db.Command("""
                SELECT key FROM decisions WHERE decision_id IN (SELECT decision_id FROM invariant_violations)
                   OR decision_id IN (SELECT decision_id FROM withheld_votes) ORDER BY decision_id
                """);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                found.Add(r.GetString(0));
            }

            return found;
        });
        Assert.NotEmpty(keys);

        foreach (var key in keys.Where((_, i) => i % 7 == 0))
        {
            AssertSameAsDatabase(key);
        }
    }

    [Fact]
    public void ANonAsciiSymbol_IsDeclined_SoThatTheDatabaseAnswersIt()
    {
        // DuckDB's upper() and .NET's may differ outside ASCII: the index must not guess.
        Assert.False(_record.Decisions!.TryFind("Ａ/RES/68/262", out _));
        Assert.True(_record.Decisions.TryFind("A/RES/68/262", out var found));
        Assert.NotNull(found);
    }

    [Fact]
    public void ARecordOpenedForOneQuestion_LoadsNoIndex()
    {
        // A CLI's `show` reads its one decision; loading every decision would cost it more than the question.
        using var record = LoadedRecord.OpenLazily(RealDataDatabase.Instance.Path);
        Assert.Null(record.Decisions);
    }
}
