using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Concord.Analysis.Speeches;
using Concord.Domain;
using Concord.Sources;
using Concord.Speeches;
using Concord.States;
using Concord.Store;

namespace Concord.Sync;

/// <summary>The speeches' part of a sync: index the corpus when its file changed, carry the index over when not.</summary>
/// <remarks>
/// <para>The corpus file is hashed (SHA-256, about a tenth of a second) and its stamp compared with the one the current
/// database recorded; the index version and the concept dictionary's checksum are part of the stamp, so a new analyzer
/// or dictionary indexes again. An unchanged corpus is copied table by table from the database being replaced.</para>
/// <para>The archive is read and indexed before anything is written, so a bad archive refuses the whole sync and the
/// current database stays as it was.</para>
/// </remarks>
public sealed class SpeechSync
{
    private SpeechSync(SpeechStore.CorpusStamp stamp, SourceFileInfo file, SpeechIndex? index, IReadOnlyList<SpeechText>? texts, double seconds)
    {
        Stamp = stamp;
        File = file;
        Index = index;
        Texts = texts;
        Seconds = seconds;
    }

    public SpeechStore.CorpusStamp Stamp { get; }

    /// <summary>The corpus file as the <c>sources</c> table records it (rows: speeches).</summary>
    public SourceFileInfo File { get; }

    /// <summary>The new index, or null when the current database's is carried over.</summary>
    public SpeechIndex? Index { get; }

    public IReadOnlyList<SpeechText>? Texts { get; }

    /// <summary>Seconds spent reading and indexing (0 when carried over).</summary>
    public double Seconds { get; }

    public bool Reused => Index is null;

    /// <summary>The speeches' plan for a sync, or null when the data folder has no corpus.</summary>
    public static SpeechSync? Prepare(string dataDir, string currentDatabase, StateRegistry states, IProgress<SyncProgress>? progress = null, ConceptDictionary? dictionary = null)
    {
        if (!System.IO.File.Exists(Path.Combine(dataDir, SpeechCorpusReader.File)))
        {
            return null;
        }

        dictionary ??= ConceptDictionary.Default;
        var stamp = StampOf(dataDir, dictionary);
        var manifest = DataManifest.Default.Find(SpeechCorpusReader.File);
        var prior = SpeechStore.ReadStamp(currentDatabase);
        if (prior is not null && prior.SameIndexAs(stamp) && CountOf(currentDatabase) is { } held)
        {
            progress?.Report(new SyncProgress("speeches unchanged: index carried over", 0.6));
            return new SpeechSync(stamp, Info(stamp, manifest, held), null, null, 0);
        }

        progress?.Report(new SyncProgress("reading and indexing the speeches", 0.6));
        var clock = Stopwatch.StartNew();
        var texts = new SpeechCorpusReader(states).Read(dataDir);
        var index = SpeechIndexer.Build(texts, dictionary);
        return new SpeechSync(stamp, Info(stamp, manifest, texts.Count), index, texts, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Writes the speeches into the new database: the new index, or the current database's tables.</summary>
    public void WriteTo(string newDatabase, string currentDatabase, ConceptDictionary? dictionary = null)
    {
        // Every year's cosines, computed once here (in parallel over the years) so that no question has to.
        // Each year's median pair too, so that a question needs neither the sorted pairs nor the n × n matrix.
        double[][]? similarities = null;
        double[]? medians = null;
        if (Index is { } index)
        {
            var years = SpeechStore.YearsOf(index);
            similarities = new double[years.Length][];
            medians = new double[years.Length];
            Parallel.For(0, years.Length, i =>
            {
                var year = TfIdfYear.Build(years[i][0].Year, years[i], index.Vocabulary.Count);
                similarities[i] = year.UpperTriangle();
                medians[i] = year.MedianPair;
            });
        }

        SpeechStore.WriteInto(newDatabase, currentDatabase, Stamp, Index, Texts, dictionary ?? ConceptDictionary.Default, similarities, medians, Seconds);
    }

    public static SpeechStore.CorpusStamp StampOf(string dataDir, ConceptDictionary dictionary)
    {
        var path = SourceFile.Check(dataDir, SpeechCorpusReader.File);
        var info = new FileInfo(path);
        string sha;
        using (var stream = System.IO.File.OpenRead(path))
        {
            sha = Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        var terms = string.Join("\n", dictionary.Concepts.Select(c => $"{c.Code}:{string.Join("|", c.Terms)}"));
        var dictSha = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(terms)));
        return new SpeechStore.CorpusStamp(SpeechCorpusReader.File, sha, info.Length, info.LastWriteTimeUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), SpeechIndex.Version, dictSha);
    }

    private static SourceFileInfo Info(SpeechStore.CorpusStamp stamp, DataManifest.Entry? m, long speeches) =>
        new(SourceId.Ungdc, stamp.File, stamp.Sha256, stamp.Bytes, m?.Publisher ?? "user-supplied file", m?.Terms ?? "", m?.OriginUrl ?? "", speeches);

    private static long? CountOf(string database) => SpeechStore.CountIn(database);
}
