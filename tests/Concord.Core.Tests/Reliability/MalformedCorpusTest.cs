using System.Security.Cryptography;
using System.Text;
using Concord.Domain;
using Concord.Sources;
using Concord.Store;
using Concord.Sync;
using Concord.Tests.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace Concord.Tests.Reliability;

/// <summary>The valid corpus (tests/fixtures/corpus/valid) built once into the database every case must leave unchanged.</summary>
public sealed class CorpusBaseline : IDisposable
{
    public const string VotesPlain = "ga/unvotes_cran_0.3.0/un_votes.csv";

    public CorpusBaseline()
    {
        Valid = ValidCopy();
        Output = new TempDirectory();
        DatabasePath = Output.Combine("concord.duckdb");
        Result = RecordBuilder.Build(Valid.Path, DatabasePath);
        Sha256 = Hash(DatabasePath);
    }

    public TempDirectory Valid { get; }

    public TempDirectory Output { get; }

    public string DatabasePath { get; }

    public SyncResult Result { get; }

    public string Sha256 { get; }

    public static string CorpusDir => TempDirectory.FixturePath("corpus");

    /// <summary>A fresh copy of the valid corpus laid out as a data directory, its votes file gzipped as the source ships it.</summary>
    public static TempDirectory ValidCopy()
    {
        var dir = new TempDirectory();
        dir.CopyFixture(Path.Combine("corpus", "valid"));
        dir.GzipInPlace(VotesPlain, UnvotesReader.VotesFile);
        return dir;
    }

    public static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    public void Dispose()
    {
        Output.Dispose();
        Valid.Dispose();
    }
}

/// <summary>What one sync of one broken data directory did.</summary>
public sealed record CaseOutcome(bool Refused, MalformedSourceException? Refusal, Exception? Crash, SyncResult? Result, bool DatabaseUnchanged, string? Failure);

public class MalformedCorpusTest(CorpusBaseline baseline, ITestOutputHelper output) : IClassFixture<CorpusBaseline>
{
    private static readonly string[] s_validFiles =
    [
        "ga/unvotes_cran_0.3.0/un_roll_calls.csv", "ga/unvotes_cran_0.3.0/un_roll_call_issues.csv", UnvotesReader.VotesFile,
        UndlWideReader.File, DgacmReader.GaFolder + "/78.json", DgacmReader.ScFolder + "/2018.json", ScDraftVotesReader.File,
        VetoListReader.DhlFile, VetoListReader.WpdlFile, "undl/ga_votes.csv", "undl/sc_votes.csv", IdealPointReferenceReader.File,
    ];

    [Fact]
    public void ValidCorpus_Builds_WithEverySource()
    {
        // Given the valid corpus (built once by the fixture)
        var result = baseline.Result;

        // Then every source contributed: GA and SC decisions, votes and the reference ideal points are in the database
        Assert.True(result.Decisions >= 8, $"{result.Decisions} decisions");
        Assert.True(result.Votes >= 30, $"{result.Votes} votes");
        using var db = ConcordDatabase.OpenReadOnly(baseline.DatabasePath);
        using var cmd = db.Command("SELECT count(DISTINCT source_id) FROM decision_sources");
        Assert.Equal(8L, Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void MalformedCorpus_EveryCase_IsRefusedCleanlyOrAcceptedAsValid()
    {
        // Given every case of the corpus, each applied to a fresh copy of the valid data directory
        var cases = CorpusCase.Load(Path.Combine(CorpusBaseline.CorpusDir, "cases.csv"));
        var failures = new List<string>();
        int refused = 0, accepted = 0, crashed = 0;

        // When each is synced over a copy of the baseline database
        foreach (var c in cases)
        {
            using var data = CorpusBaseline.ValidCopy();
            c.Apply(data.Path, Path.Combine(CorpusBaseline.CorpusDir, "cases"));
            var outcome = Sync(data.Path);
            crashed += outcome.Crash is null ? 0 : 1;
            refused += outcome.Refused ? 1 : 0;
            accepted += outcome.Result is null ? 0 : 1;
            if (outcome.Refusal is { } r)
            {
                output.WriteLine($"{c.Id}: refused: {r.Message}");
            }

            // Then a refusal names the file, line and field the case expects and leaves the database as it was;
            // an accepted case gives a usable database
            var problem = outcome.Failure ?? CheckCase(c, outcome);
            if (problem is not null)
            {
                failures.Add($"{c.Id} ({c.Target}, {c.Mutation} {Shorten(c.Argument)}): {problem}");
            }
        }

        var summary = $"malformed corpus: {cases.Count} cases tried, {refused} refused with file/line/field, {accepted} accepted, {crashed} crashed, {failures.Count} not as expected";
        output.WriteLine(summary);
        WriteSummary("corpus", summary, failures);
        Assert.True(failures.Count == 0, summary + "\n" + string.Join("\n", failures));
        Assert.True(cases.Count >= 100, summary);
    }

    [Fact]
    public void GeneratedBrokenFiles_AreRefusedCleanlyOrAccepted_NeverCrash()
    {
        // Given random byte deletions, insertions, truncations and duplicated or swapped lines of the valid files
        // (a fixed seed, so a failure replays)
        var mutation =
            from file in Gen.Elements(s_validFiles)
            from kind in Gen.Elements(Enum.GetValues<GeneratedMutation.Kind>())
            from seed in Gen.Choose(0, int.MaxValue - 1)
            select new GeneratedMutation(file, kind, seed);
        int refused = 0, accepted = 0, tried = 0;
        var failures = new List<string>();

        // When each broken directory is synced over a copy of the baseline database
        var property = Prop.ForAll(Arb.From(mutation), m =>
        {
            tried++;
            using var data = CorpusBaseline.ValidCopy();
            m.Apply(data.Path);
            var outcome = Sync(data.Path);
            refused += outcome.Refused ? 1 : 0;
            accepted += outcome.Result is null ? 0 : 1;

            // Then it is refused with file, line and field and the database unchanged, or accepted; nothing else is thrown
            var problem = outcome.Failure ?? (outcome.Refusal is { } r ? CheckRefusal(r, null, null, outcome.DatabaseUnchanged) : null);
            if (problem is not null)
            {
                failures.Add($"{m}: {problem}");
            }

            return problem is null;
        });
        Check.One(Config.Quick.WithMaxTest(60).WithReplay(20261124UL, 7UL).WithQuietOnSuccess(true), property);

        var summary = $"generated broken files: {tried} tried, {refused} refused with file/line/field, {accepted} accepted, {failures.Count} not as expected";
        output.WriteLine(summary);
        WriteSummary("generated", summary, failures);
        Assert.True(failures.Count == 0, summary + "\n" + string.Join("\n", failures));
    }

    private CaseOutcome Sync(string dataDir)
    {
        using var output = new TempDirectory();
        var db = output.Combine("concord.duckdb");
        File.Copy(baseline.DatabasePath, db);
        try
        {
            var result = RecordBuilder.Build(dataDir, db);
            using var opened = ConcordDatabase.OpenReadOnly(db);
            var coverage = CoverageTable.Run(opened);
            return new CaseOutcome(false, null, null, result, false, coverage.Count == 0 ? "accepted, but the database has no coverage" : null);
        }
        catch (MalformedSourceException e)
        {
            var unchanged = CorpusBaseline.Hash(db) == baseline.Sha256 && Directory.GetFiles(output.Path).Length == 1;
            return new CaseOutcome(true, e, null, null, unchanged, null);
        }
        catch (Exception e)
        {
            return new CaseOutcome(false, null, e, null, CorpusBaseline.Hash(db) == baseline.Sha256, $"crashed: {e.GetType().Name}: {Shorten(e.Message)}");
        }
    }

    private string? CheckCase(CorpusCase c, CaseOutcome outcome)
    {
        if (c.ExpectRefusal)
        {
            return outcome.Refusal is { } r
                ? CheckRefusal(r, c, c.Line, outcome.DatabaseUnchanged)
                : $"expected refusal on field '{c.Field}', but it was accepted";
        }

        if (outcome.Refusal is { } refusal)
        {
            return $"expected acceptance, but refused: {refusal.Message}";
        }

        var result = outcome.Result!;
        var expected = baseline.Result;
        return c.AcceptedCheck switch
        {
            "same" when (result.Decisions, result.Votes) != (expected.Decisions, expected.Votes) =>
                $"accepted with {result.Decisions} decisions and {result.Votes} votes, the valid corpus gives {expected.Decisions} and {expected.Votes}",
            "disagreement" when result.Disagreements <= expected.Disagreements =>
                $"accepted without recording the conflict ({result.Disagreements} disagreements, baseline {expected.Disagreements})",
            _ => null,
        };
    }

    private static string? CheckRefusal(MalformedSourceException r, CorpusCase? c, long? line, bool unchanged)
    {
        if (!unchanged)
        {
            return $"refused ({r.Message}) but the database changed";
        }

        if (string.IsNullOrWhiteSpace(r.Field) || string.IsNullOrWhiteSpace(r.Problem))
        {
            return $"refusal without a field or problem: {r.Message}";
        }

        // Line 0 only where the whole file is at fault (missing, or not a gzip stream) and the case says so.
        if (r.Line < 1 && !(line == 0 && r.Line == 0))
        {
            return $"refusal without a line: {r.Message}";
        }

        if (r.File.Contains(':', StringComparison.Ordinal) || Path.IsPathRooted(r.File) || r.File.Contains('\\', StringComparison.Ordinal))
        {
            return $"refusal names '{r.File}', not the file's path in the data directory";
        }

        if (r.Message.Any(ch => char.IsControl(ch) || ch == '\uFFFD') || r.Message.Length > 2000)
        {
            return $"refusal message is not readable: {Shorten(r.Message)}";
        }

        if (c is null)
        {
            return null;
        }

        var expectedFile = c.Mutation == "add-file" || !c.Target.EndsWith('/') ? c.Target : null;
        if (c.Mutation == "delete-dir")
        {
            // A whole folder removed: the refusal names a file in it.
            if (!r.File.StartsWith(c.Target + "/", StringComparison.Ordinal))
            {
                return $"refusal names {r.File}, expected a file in {c.Target}/: {r.Message}";
            }
        }
        else if (c is { Field: "(rows)", Line: 0 })
        {
            // A source that shrank is named by its first file, which may be another file of the same source.
            if (Path.GetDirectoryName(r.File) != Path.GetDirectoryName(c.Target))
            {
                return $"refusal names {r.File}, expected a file of the source in {Path.GetDirectoryName(c.Target)}: {r.Message}";
            }
        }
        else if (expectedFile is not null && r.File != expectedFile)
        {
            return $"refusal names {r.File}, expected {expectedFile}: {r.Message}";
        }

        if (r.Field != c.Field)
        {
            return $"refusal names field '{r.Field}', expected '{c.Field}': {r.Message}";
        }

        return line is { } l && r.Line != l ? $"refusal names line {r.Line}, expected {l}: {r.Message}" : null;
    }

    /// <summary>The counts go to a file as well as the test output, for docs/reliability.md.</summary>
    private static void WriteSummary(string name, string summary, List<string> failures)
    {
        var path = Path.Combine(AppContext.BaseDirectory, $"reliability-{name}.txt");
        File.WriteAllText(path, summary + "\n" + string.Join("\n", failures) + "\n", new UTF8Encoding(false));
    }

    private static string Shorten(string s) => s.Length > 300 ? s[..300] + "…" : s;
}

/// <summary>A random breakage of one valid file, reproducible from its seed.</summary>
public sealed record GeneratedMutation(string File, GeneratedMutation.Kind Mutation, int Seed)
{
    public enum Kind
    {
        DeleteBytes,
        InsertBytes,
        Truncate,
        DuplicateLine,
        SwapLines,
    }

    /// <summary>Bytes that matter to the formats (separators, quotes, line ends, braces) and bytes that are not text.</summary>
    private static readonly byte[] s_interesting = "\",\t\n\r{}[]:0123456789-/ aZ"u8.ToArray().Concat(new byte[] { 0x00, 0xC3, 0xFF, 0xEF, 0xBB, 0xBF }).ToArray();

    public void Apply(string dataDir)
    {
        var path = Path.Combine(dataDir, File);
        var gz = File.EndsWith(".gz", StringComparison.Ordinal);
        var random = new Random(Seed);
        var content = CorpusCase.ReadContent(path, gz).ToList();
        switch (Mutation)
        {
            case Kind.DeleteBytes:
                for (var i = random.Next(1, 4); i > 0 && content.Count > 0; i--)
                {
                    content.RemoveRange(random.Next(content.Count), Math.Min(random.Next(1, 6), content.Count));
                    content = content.Count > 0 ? content : [];
                }

                break;
            case Kind.InsertBytes:
                for (var i = random.Next(1, 4); i > 0; i--)
                {
                    content.Insert(random.Next(content.Count + 1), s_interesting[random.Next(s_interesting.Length)]);
                }

                break;
            case Kind.Truncate:
                content = content[..random.Next(content.Count)];
                break;
            case Kind.DuplicateLine:
            case Kind.SwapLines:
                var lines = Encoding.UTF8.GetString([.. content]).Split('\n').ToList();
                int a = random.Next(lines.Count), b = random.Next(lines.Count);
                if (Mutation == Kind.DuplicateLine)
                {
                    lines.Insert(a, lines[a]);
                }
                else
                {
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                }

                content = [.. Encoding.UTF8.GetBytes(string.Join('\n', lines))];
                break;
            default:
                throw new InvalidOperationException(Mutation.ToString());
        }

        CorpusCase.WriteContent(path, gz, [.. content]);
    }
}
