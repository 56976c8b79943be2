using Concord.Domain;
using Concord.Forums;
using Concord.Sources;
using Concord.Store;

namespace Concord.Sync;

/// <summary>The check that a sync read every source it should have: nothing the current database holds, and nothing
/// the manifest lists for a copy of the published data, may go missing or shrink sharply without the user saying so.</summary>
/// <remarks>
/// A data folder with a source removed is otherwise valid input, and a sync of it would replace a full record with a
/// partial one (with <c>ga/</c> gone, China "has no votes"). Two references say what should be there:
/// <list type="bullet">
/// <item>the current database's <c>sources</c> table: every file it was built from must be read again, and each
/// source must give at least half the rows it gave then (<see cref="ShrinkBound"/>);</item>
/// <item>the manifest, when the folder is a copy of the published data (at least one file has its published
/// checksum): every file of a source Concord reads must be there, even for a first sync.</item>
/// </list>
/// With <c>allowMissing</c> the sync goes ahead and the shortfalls are returned as warnings.
/// </remarks>
public static class ExpectedSources
{
    /// <summary>A source giving fewer than this share of the rows the current database holds from it has shrunk sharply.</summary>
    public const double ShrinkBound = 0.5;

    /// <summary>What is missing or shrunk; throws (naming the first file and listing the rest) unless <paramref name="allowMissing"/>.</summary>
    public static IReadOnlyList<string> Check(string dataDir, CurrentDatabase current, IReadOnlyList<SourceFileInfo> files, long referenceRows, bool allowMissing)
    {
        var problems = new List<(string File, string Field, string Problem)>();
        var read = files.Select(f => f.File).ToHashSet(StringComparer.Ordinal);

        foreach (var held in current.Files.Where(h => !read.Contains(h.File)))
        {
            problems.Add((held.File, "(file)", $"is missing: the current database was built from it ({held.Source}, {held.Rows:N0} rows)"));
        }

        foreach (var source in current.Files.GroupBy(h => h.Source))
        {
            var before = source.Max(h => h.Rows);
            var now = files.Where(f => f.Source.Label() == source.Key).Select(f => f.RowsRead).DefaultIfEmpty(-1).Max();
            if (now >= 0 && now < before * ShrinkBound)
            {
                var first = files.First(f => f.Source.Label() == source.Key).File;
                problems.Add((first, "(rows)", $"{source.Key} gives {now:N0} rows; the current database holds {before:N0} from it (it shrank by more than half)"));
            }
        }

        if (current.ReferenceRows > 0 && referenceRows < current.ReferenceRows * ShrinkBound)
        {
            problems.Add((IdealPointReferenceReader.File, referenceRows == 0 ? "(file)" : "(rows)",
                referenceRows == 0 ? $"is missing: the current database holds {current.ReferenceRows:N0} reference ideal points from it"
                    : $"gives {referenceRows:N0} rows; the current database holds {current.ReferenceRows:N0} (it shrank by more than half)"));
        }

        var published = files.Any(f => DataManifest.Default.Find(f.File) is { } e && e.Sha256 == f.Sha256);
        if (published)
        {
            foreach (var e in DataManifest.Default.Entries.Where(e => IsReadBySync(e.Path) && !problems.Any(p => p.File == e.Path)))
            {
                if (!File.Exists(Path.Combine(dataDir, e.Path)))
                {
                    problems.Add((e.Path, "(file)", $"is missing: the manifest lists it ({e.Publisher}) and the rest of the folder is the published data"));
                }
            }
        }

        if (problems.Count == 0)
        {
            return [];
        }

        var lines = problems.Select(p => $"{p.File} {p.Field}: {p.Problem}").ToList();
        if (allowMissing)
        {
            return lines;
        }

        var (file, field, problem) = problems[0];
        var more = problems.Count > 1 ? $"; {problems.Count - 1} more: {string.Join(", ", problems.Skip(1).Take(5).Select(p => p.File))}{(problems.Count > 6 ? ", …" : "")}" : "";
        throw new MalformedSourceException(file, 0, field, $"{problem}{more}. The database was left as it was; restore the files, or sync with --allow-missing to build without them");
    }

    /// <summary>Whether a manifest file is one the sync reads (the rest are documentation and data for other checks).</summary>
    public static bool IsReadBySync(string path) =>
        path is UnvotesReader.RollCalls or UnvotesReader.IssuesFile or UnvotesReader.VotesFile or UndlWideReader.File or ScDraftVotesReader.File
            or VetoListReader.DhlFile or VetoListReader.WpdlFile or FailedDraftsSubsetReader.File or IdealPointReferenceReader.File
            or UndlEmergencySessionsReader.File or ExerciseDatasetReader.MmeFile or ExerciseDatasetReader.JmeFile or ExerciseDatasetReader.RussiaFile
            or SpeechCorpusReader.File
        || path.StartsWith(DgacmReader.GaFolder + "/", StringComparison.Ordinal)
        || path.StartsWith(DgacmReader.ScFolder + "/", StringComparison.Ordinal);
}
