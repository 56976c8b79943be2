using System.Security.Cryptography;
using System.Text;
using Concord.Domain;
using Concord.Issues;
using Concord.States;
using Concord.Store;

namespace Concord.Sync;

/// <summary>
/// The rules' verdict on every decision's texts, kept beside the database (<c>concord.duckdb.cache/issues</c>), so that a
/// sync runs the rules only over texts it has not seen before.
/// </summary>
/// <remarks>
/// A verdict depends only on the three texts (title, agenda item, subjects), the rules and the code that applies them,
/// and computing it is the sync's longest piece of pure computation (about 1.2 s of CPU in the native build, whose
/// regular expressions are interpreted). The file names the build (Concord.Core's module id) and the rules' SHA-256:
/// any other build or rule set, or a damaged file, is ignored and every text is classified again. The countries a
/// verdict names are resolved after it, on each decision's date, so they are not part of what is kept. Written to a
/// temporary name and renamed, so a reader sees a whole file or none.
/// </remarks>
internal sealed class ClassificationCache
{
    /// <summary>Far above what the real record needs (18 MB for all sources): a larger file is not ours.</summary>
    private const long MaxBytes = 1L << 30;

    private const string Magic = "concord issue classifications 1";

    /// <summary>This build and these rules (computed once per process): the verdicts of another are not reused.</summary>
    private static readonly Lazy<string> s_stamp = new(() =>
        $"{SideFile.Build}|{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(StateRegistry.ReadResource(IssueClassifier.RulesFile))))}");

    private readonly Dictionary<(string Title, string Agenda, string Subjects), IssueClassification> _verdicts;

    private ClassificationCache(Dictionary<(string, string, string), IssueClassification> verdicts) => _verdicts = verdicts;

    public static ClassificationCache Empty => new([]);

    public static string PathFor(string databasePath) => Path.Combine(SourceBatchCache.FolderFor(databasePath), "issues");

    public int Count => _verdicts.Count;

    public bool TryGet(string title, string agenda, string subjects, out IssueClassification verdict) =>
        _verdicts.TryGetValue((title, agenda, subjects), out verdict!);

    /// <summary>The verdicts kept beside a database by this build under these rules; none when there are none or they cannot be read.</summary>
    public static ClassificationCache Load(string databasePath)
    {
        var path = PathFor(databasePath);
        // Only a regular file: a pipe put in its place would block the sync on its first read.
        if (!Concord.Sources.SourceFile.IsRegular(path) || new FileInfo(path).Length > MaxBytes)
        {
            return Empty;
        }

        try
        {
            using var r = new BinaryReader(new MemoryStream(File.ReadAllBytes(path), writable: false), Encoding.UTF8);
            if (r.ReadString() != Magic || r.ReadString() != s_stamp.Value)
            {
                return Empty;
            }

            var count = r.ReadInt32();
            if (count < 0 || count > r.BaseStream.Length)
            {
                return Empty;
            }

            var verdicts = new Dictionary<(string, string, string), IssueClassification>(count);
            for (var i = 0; i < count; i++)
            {
                var key = (r.ReadString(), r.ReadString(), r.ReadString());
                var areas = (IssueSet)r.ReadUInt32();
                var matchCount = r.ReadInt32();
                if (matchCount < 0 || matchCount > r.BaseStream.Length - r.BaseStream.Position)
                {
                    return Empty;
                }

                var matches = new IssueMatch[matchCount];
                for (var m = 0; m < matches.Length; m++)
                {
                    matches[m] = new IssueMatch((IssueSet)r.ReadUInt32(), r.ReadString(), r.ReadString(), r.ReadString(), r.ReadBoolean() ? r.ReadString() : null);
                }

                verdicts[key] = areas == IssueSet.None && matches.Length == 0 ? IssueClassification.None : new IssueClassification(areas, matches);
            }

            return new ClassificationCache(verdicts);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or UnauthorizedAccessException or FormatException or DecoderFallbackException)
        {
            return Empty;
        }
    }

    /// <summary>Keeps these verdicts (and only these) beside the database; false when the folder cannot be written.</summary>
    public static bool Save(string databasePath, IReadOnlyList<(string Title, string Agenda, string Subjects)> texts, IReadOnlyList<IssueClassification> verdicts)
    {
        // Many decisions share their texts (a recurring resolution's title and agenda item): each is kept once.
        var seen = new HashSet<(string, string, string)>();
        var distinct = new List<int>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            if (seen.Add(texts[i]))
            {
                distinct.Add(i);
            }
        }

        return SideFile.Write(PathFor(databasePath), file =>
        {
            using var w = new BinaryWriter(new BufferedStream(file, 1 << 16), Encoding.UTF8);
            w.Write(Magic);
            w.Write(s_stamp.Value);
            w.Write(distinct.Count);
            foreach (var i in distinct)
            {
                w.Write(texts[i].Title);
                w.Write(texts[i].Agenda);
                w.Write(texts[i].Subjects);
                w.Write((uint)verdicts[i].Areas);
                w.Write(verdicts[i].Matches.Count);
                foreach (var m in verdicts[i].Matches)
                {
                    w.Write((uint)m.Area);
                    w.Write(m.Evidence);
                    w.Write(m.Why);
                    w.Write(m.Matched);
                    w.Write(m.Country is not null);
                    if (m.Country is not null)
                    {
                        w.Write(m.Country);
                    }
                }
            }
        });
    }
}
