using System.IO.Compression;
using System.Text;
using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.Store;
using Concord.Sync;
using Concord.Tests.TestSupport;

namespace Concord.Tests.Analysis.Agreement;

/// <summary>A database built from the three <c>unvotes</c> files alone, and its General Assembly matrix.</summary>
/// <summary>One database built from the unvotes files alone, shared by every test class that compares with published figures.</summary>
[CollectionDefinition(Name)]
public sealed class UnvotesOnlyCollection : ICollectionFixture<UnvotesOnlyDatabase>
{
    public const string Name = "unvotes-only database";
}

public sealed class UnvotesOnlyDatabase : IDisposable
{
    public const string Folder = "ga/unvotes_cran_0.3.0";

    public UnvotesOnlyDatabase()
    {
        Source = Path.Combine(RealDataDatabase.FindDataDir(), Folder);
        Data = new TempDirectory();
        foreach (var file in Directory.GetFiles(Source))
        {
            var target = Data.Combine(Path.Combine(Folder, Path.GetFileName(file)));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Output = new TempDirectory();
        DatabasePath = Output.Combine("concord.duckdb");
        // Deliberately only the unvotes files: the sync is told so, as a user would be.
        RecordBuilder.Build(Data.Path, DatabasePath, allowMissing: true);
        using var db = ConcordDatabase.OpenReadOnly(DatabasePath);
        Matrix = VoteMatrixLoader.Load(db, Forum.GeneralAssembly);
    }

    /// <summary>The original files (read directly by the independent computation).</summary>
    public string Source { get; }

    public TempDirectory Data { get; }

    public TempDirectory Output { get; }

    public string DatabasePath { get; }

    public VoteMatrix Matrix { get; }

    public void Dispose()
    {
        Output.Dispose();
        Data.Dispose();
    }
}

/// <summary>Yearly China–Russia agreement from the engine, checked against the raw unvotes files read here.</summary>
[Collection(UnvotesOnlyCollection.Name)]
public class UnvotesCrossCheckTest(UnvotesOnlyDatabase built)
{
    /// <summary>Per year: n and Voeten agreement, computed from un_votes.csv.gz and un_roll_calls.csv without Concord.</summary>
    private static Dictionary<int, (int N, double Agreement)> FromRawFiles(string source)
    {
        // rcid → year of the vote
        var yearOf = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var reader = new StreamReader(Path.Combine(source, "un_roll_calls.csv"), Encoding.UTF8))
        {
            var header = ReadRecord(reader) ?? throw new InvalidDataException("empty un_roll_calls.csv");
            int rcid = header.IndexOf("rcid"), date = header.IndexOf("date");
            while (ReadRecord(reader) is { } row)
            {
                yearOf[row[rcid]] = int.Parse(row[date][..4], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        // rcid → (China's vote, Russia's vote) on the scale yes 1, abstain ½, no 0
        var china = new Dictionary<string, double>(StringComparer.Ordinal);
        var russia = new Dictionary<string, double>(StringComparer.Ordinal);
        using (var gz = new GZipStream(File.OpenRead(Path.Combine(source, "un_votes.csv.gz")), CompressionMode.Decompress))
        using (var reader = new StreamReader(gz, Encoding.UTF8))
        {
            var header = ReadRecord(reader) ?? throw new InvalidDataException("empty un_votes.csv.gz");
            int rcid = header.IndexOf("rcid"), country = header.IndexOf("country"), vote = header.IndexOf("vote");
            while (ReadRecord(reader) is { } row)
            {
                var target = row[country] switch
                {
                    "China" => china,
                    "Russia" => russia,
                    _ => null,
                };
                target?.Add(row[rcid], row[vote] switch
                {
                    "yes" => 1.0,
                    "abstain" => 0.5,
                    "no" => 0.0,
                    var other => throw new InvalidDataException($"unexpected vote '{other}'"),
                });
            }
        }

        var sums = new Dictionary<int, (int N, double Sum)>();
        foreach (var (rcid, x) in china)
        {
            if (russia.TryGetValue(rcid, out var y))
            {
                var year = yearOf[rcid];
                var (n, sum) = sums.GetValueOrDefault(year);
                sums[year] = (n + 1, sum + (1 - Math.Abs(x - y)));
            }
        }

        return sums.ToDictionary(s => s.Key, s => (s.Value.N, s.Value.Sum / s.Value.N));
    }

    /// <summary>One CSV record (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks); null at the end.</summary>
    private static List<string>? ReadRecord(TextReader reader)
    {
        if (reader.Peek() < 0)
        {
            return null;
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        while (true)
        {
            var c = reader.Read();
            if (quoted)
            {
                if (c < 0)
                {
                    throw new InvalidDataException("unterminated quoted field");
                }

                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append((char)c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or -1)
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                return fields;
            }
            else
            {
                field.Append((char)c);
            }
        }
    }

    private (int N, double? Agreement)[] FromEngine(out IReadOnlyList<Period> periods)
    {
        var m = built.Matrix;
        periods = Periods.Build(m, PeriodKind.Year, _ => true, 1971, 2019);
        return [.. AllPairsAgreement.OnePair(m, periods, m.RowOf("CHN"), m.RowOf("RUS")).Select(c =>
        {
            var s = AgreementScores.From(c, 1);
            return (s.N, s.Agreement);
        })];
    }

    [Fact]
    public void ChinaRussiaYearlyAgreement_EqualsAnIndependentComputationFromTheRawFiles_1971To2019()
    {
        // Given the raw unvotes files read here, China and Russia as named in them, grouped by the year of the vote
        var expected = FromRawFiles(built.Source);

        // When the engine computes the pair year by year from the database built from those files (USSR merged into Russia)
        var actual = FromEngine(out var periods);

        // Then every year 1971–2019 is there, with exactly the same n and the same agreement to 1e-12
        Assert.True(built.Matrix.PredecessorsMerged);
        Assert.Equal(Enumerable.Range(1971, 49).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)), periods.Select(p => p.Label));
        for (var p = 0; p < periods.Count; p++)
        {
            var year = 1971 + p;
            var (n, agreement) = expected[year];
            Assert.True(n == actual[p].N, $"{year}: n = {actual[p].N}, the raw files give {n}");
            Assert.True(Math.Abs(agreement - actual[p].Agreement!.Value) <= 1e-12, $"{year}: agreement = {actual[p].Agreement}, the raw files give {agreement}");
        }
    }

    [Theory]
    [InlineData(2000, 75, 0.866667)]
    [InlineData(2010, 86, 0.848837)]
    [InlineData(2019, 86, 0.872093)]
    public void ChinaRussiaAgreement_MatchesThePublishedFigures(int year, int n, double agreement)
    {
        // Given the engine's yearly China–Russia figures
        var actual = FromEngine(out var periods);

        // When the year is looked up
        var p = periods.Select(x => x.Label).ToList().IndexOf(year.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Then n and agreement are the published ones (agreement given to six decimals)
        Assert.Equal(n, actual[p].N);
        Assert.Equal(agreement, actual[p].Agreement!.Value, 5e-7);
    }
}
