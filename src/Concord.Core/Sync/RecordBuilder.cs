using System.Diagnostics;
using System.Security.Cryptography;
using Concord.Forums;
using Concord.Reconciliation;
using Concord.Sources;
using Concord.States;
using Concord.Store;

namespace Concord.Sync;

/// <summary>Builds the database from a data directory: read every source, reconcile, write, swap in.</summary>
/// <remarks>
/// All or nothing: the new database is written beside the old one and moved over it only when complete, so a
/// malformed file, a crash or a kill leaves the previous database exactly as it was. A lock file serialises
/// concurrent syncs on the same database. Every sync rebuilds from the files, so re-running never duplicates. A file
/// that is not a Concord database is never replaced, and a data folder missing sources the current database holds is
/// refused (<see cref="ExpectedSources"/>).
/// </remarks>
public static class RecordBuilder
{
    /// <param name="eventsDir">A folder of the user's own forum, membership, declaration and event files (same schema as
    /// data/curated), read with the same checks; null for none.</param>
    /// <param name="allowMissing">Build even when a source the current database holds (or the manifest lists) is missing or
    /// shrank sharply; the shortfalls are returned as warnings instead of refusing (<see cref="ExpectedSources"/>).</param>
    /// <param name="rebuild">Build even when the current database was built from the same inputs (<see cref="SyncInputs"/>).</param>
    public static SyncResult Build(string dataDir, string databasePath, IProgress<SyncProgress>? progress = null, StateRegistry? states = null, string? eventsDir = null, bool allowMissing = false, bool rebuild = false)
    {
        var clock = Stopwatch.StartNew();
        var customStates = states is not null && !ReferenceEquals(states, StateRegistry.Default);
        states ??= StateRegistry.Default;
        var dir = Path.GetDirectoryName(Path.GetFullPath(databasePath))!;
        Directory.CreateDirectory(dir);
        using var databaseLock = SyncLock.Acquire(databasePath, progress);
        var current = CurrentDatabase.Inspect(databasePath);
        RemoveAbandonedBuilds(databasePath);

        // Taken before anything is read, so that a file changed during the sync makes the next one build again. A
        // registry of states other than the built-in one is not part of it: such a sync always builds.
        progress?.Report(new SyncProgress("comparing the data folder with the database's", 0.005));
        var (inputs, dataFiles) = customStates ? (null, []) : SyncInputs.Read(dataDir, eventsDir, allowMissing, databasePath);
        // The file must also be as the sync left it: the vote-matrix file written beside it names its size and time, so a
        // database written to since (by a DuckDB client, a damaged copy) is built again rather than kept.
        if (!rebuild && inputs is not null && VoteMatrixFile.IsCurrentFor(databasePath) && BuiltDatabase.Read(databasePath) is { } same && same.Inputs == inputs)
        {
            progress?.Report(new SyncProgress("up to date", 1));
            return new SyncResult(databasePath, same.Decisions, same.Votes, same.Disagreements, same.RowsRead, clock.Elapsed)
            {
                UpToDate = true,
                Speeches = same.Speeches is { } n ? new SpeechSyncSummary(n, Reused: true, 0) : null,
            };
        }

        // The forum files first: they are small and hand-written, so a mistake in one is refused at once.
        progress?.Report(new SyncProgress("reading forums, declarations and events", 0.01));
        var forums = ReadForumRecord(dataDir, states, eventsDir);

        progress?.Report(new SyncProgress("reading sources", 0.02));
        var readers = SourceReaders(dataDir, states);
        var batches = new SourceBatch[readers.Count];
        // A source whose files are as at the last sync is not parsed again: its batch is kept beside the database.
        var kept = inputs is null ? null : new SourceBatchCache(databasePath, dataFiles);
        var done = 0;
        try
        {
            Parallel.For(0, readers.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var batch = kept?.TryLoad(readers[i]);
                var reused = batch is not null;
                if (batch is null)
                {
                    batch = readers[i].Read();
                    kept?.Save(readers[i], batch);
                }

                batches[i] = batch;
                var n = Interlocked.Increment(ref done);
                progress?.Report(new SyncProgress(reused ? $"{batch.Source.Label()} unchanged: kept batch" : $"read {batch.Source.Label()}", 0.02 + (0.5 * n / readers.Count)));
            });
        }
        catch (AggregateException e)
        {
            // Report the first bad file as it is, not wrapped: the message names file, line and field.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
        }

        long idealRows = 0;
        var idealPoints = File.Exists(Path.Combine(dataDir, IdealPointReferenceReader.File))
            ? new IdealPointReferenceReader(states).Read(dataDir, out idealRows)
            : [];

        // The speeches before anything is written: a bad archive refuses the sync; an unchanged one is not read.
        var speeches = SpeechSync.Prepare(dataDir, databasePath, states, progress);

        // An unchanged corpus: the new file starts as a copy of the current one with only its speech tables, made while
        // the sources are reconciled (it is mostly copying a file; they are mostly computing).
        var temp = databasePath + $".building-{Environment.ProcessId}";
        DeleteDatabaseFiles(temp);
        var carrying = speeches is { Reused: true }
            ? Task.Run(() => SpeechCarryOver.TryStartFrom(databasePath, temp))
            : Task.FromResult(false);
        try
        {
            progress?.Report(new SyncProgress("reconciling sources", 0.55));
            var sessionCounts = AssemblySessionCountsReader.Read(dataDir);
            var record = Reconciler.Reconcile(batches, sessionCounts: sessionCounts);
            var classifying = RecordClassification.StartClassifying(record, states, databasePath);
            var sponsorships = Reconciliation.SponsorshipMatcher.Match(record, batches);

            progress?.Report(new SyncProgress("hashing source files", 0.65));
            var files = DescribeFiles(dataDir, batches, dataFiles);
            if (speeches is not null)
            {
                files.Add(speeches.File);
            }

            var warnings = ExpectedSources.Check(dataDir, current, files, idealRows, allowMissing);

            progress?.Report(new SyncProgress("writing database", 0.7));
            var meta = new Dictionary<string, string>
            {
                ["schema_version"] = DatabaseSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["built_at_utc"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
                ["data_dir"] = Path.GetFullPath(dataDir),
                ["reference_sha256"] = Store.ReferenceFingerprint.Current,
            };
            if (inputs is not null)
            {
                meta["inputs_sha256"] = inputs;
                meta["source_rows_read"] = batches.Sum(b => b.RowsRead).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (eventsDir is not null)
            {
                meta["events_dir"] = Path.GetFullPath(eventsDir);
            }

            var carried = carrying.GetAwaiter().GetResult();
            progress?.Report(new SyncProgress(carried ? "writing the record beside the speech index carried over" : "writing the record", 0.75));
            DatabaseWriter.Write(temp, record, states, files, idealPoints, meta, classifying, forums, sponsorships);
            progress?.Report(new SyncProgress("ideal points", 0.9));
            SyncIdealPoints.Fill(temp, databasePath);
            if (speeches is not null && !carried)
            {
                progress?.Report(new SyncProgress(speeches.Reused ? "copying the speech index" : "writing the speeches", 0.95));
                speeches.WriteTo(temp, databasePath);
            }

            progress?.Report(new SyncProgress("swapping in the new database", 0.98));
            File.Delete(VoteMatrixFile.PathFor(databasePath));
            File.Move(temp, databasePath, overwrite: true);
            DeleteDatabaseFiles(databasePath + ".wal");

            // The matrices again beside the database, for commands that need nothing else (written from the file in place,
            // whose size and time it names); a folder that cannot take it only costs those commands DuckDB's start.
            using (var built = ConcordDatabase.OpenReadOnly(databasePath))
            {
                VoteMatrixFile.Write(built);
            }

            progress?.Report(new SyncProgress("done", 1));
            return new SyncResult(databasePath, record.Decisions.Count, record.Decisions.Sum(d => (long)d.Votes.Count), record.Disagreements.Count, batches.Sum(b => b.RowsRead), clock.Elapsed)
            {
                Warnings = warnings,
                Speeches = speeches is null ? null : new SpeechSyncSummary((int)speeches.File.RowsRead, speeches.Reused, speeches.Seconds),
            };
        }
        finally
        {
            // A refusal or a bad file while the copy is being made: wait for it before removing what it wrote.
            ((IAsyncResult)carrying).AsyncWaitHandle.WaitOne();
            DeleteDatabaseFiles(temp);
        }
    }

    /// <summary>The curated forum record, the user's files, and the dataset exercises not already in them.</summary>
    internal static ForumRecord ReadForumRecord(string dataDir, StateRegistry states, string? eventsDir)
    {
        var reader = new ForumDataReader(states, DateOnly.FromDateTime(DateTime.UtcNow));
        var forums = reader.ReadCurated();
        if (eventsDir is not null)
        {
            forums = forums.Concat(reader.ReadDirectory(eventsDir, forums));
        }

        var datasetRows = new ExerciseDatasetReader(states).Read(dataDir).Events;
        return forums.WithEvents(ExerciseMatcher.Merge(forums.Events, datasetRows));
    }

    /// <summary>The readers for the sources present in <paramref name="dataDir"/>; a missing optional source is skipped.</summary>
    internal static List<SourceReader> SourceReaders(string dataDir, StateRegistry states)
    {
        var list = new List<SourceReader>();
        bool Has(string rel) => File.Exists(Path.Combine(dataDir, rel)) || Directory.Exists(Path.Combine(dataDir, rel));
        // A reader's folder: the one it names, or the one its file is in (a file beside it may be read too).
        string Folder(string rel) => (Directory.Exists(Path.Combine(dataDir, rel)) ? rel : Path.GetDirectoryName(rel) ?? "").Replace('\\', '/').TrimEnd('/');
        void Add(string name, string rel, Func<SourceBatch> read) => list.Add(new SourceReader(name, Folder(rel), read));
        if (Has(UnvotesReader.RollCalls))
        {
            Add("unvotes", UnvotesReader.RollCalls, () => new UnvotesReader(states).Read(dataDir));
        }

        if (Has(UndlWideReader.File))
        {
            Add("undl-wide", UndlWideReader.File, () => new UndlWideReader(states).Read(dataDir));
        }

        if (Has(DgacmReader.GaFolder))
        {
            Add("dgacm-ga", DgacmReader.GaFolder, () => new DgacmReader(states).ReadGeneralAssembly(dataDir));
        }

        if (Has(UndlEmergencySessionsReader.File))
        {
            Add("undl-es-scrape", UndlEmergencySessionsReader.File, () => new UndlEmergencySessionsReader(states).Read(dataDir));
        }

        if (Has(DgacmReader.ScFolder))
        {
            Add("dgacm-sc", DgacmReader.ScFolder, () => new DgacmReader(states).ReadSecurityCouncil(dataDir));
        }

        if (Has(ScDraftVotesReader.File))
        {
            Add("sc-drafts", ScDraftVotesReader.File, () => new ScDraftVotesReader(states).Read(dataDir));
        }

        if (Has(FailedDraftsSubsetReader.File))
        {
            Add("sc-failed-subset", FailedDraftsSubsetReader.File, () => new FailedDraftsSubsetReader(states).Read(dataDir));
        }

        if (Has(VetoListReader.DhlFile))
        {
            Add("dhl-vetoes", VetoListReader.DhlFile, () => new VetoListReader(states).ReadDhl(dataDir));
        }

        if (Has(VetoListReader.WpdlFile))
        {
            Add("wpdl-vetoes", VetoListReader.WpdlFile, () => new VetoListReader(states).ReadWpdl(dataDir));
        }

        if (Has(UndlVotingCsvReader.Folder))
        {
            Add("undl-voting-csv", UndlVotingCsvReader.Folder, () => new UndlVotingCsvReader(states).Read(dataDir));
        }

        if (list.Count == 0)
        {
            throw new DirectoryNotFoundException($"No UN voting source was found in {Path.GetFullPath(dataDir)}.");
        }

        return list;
    }

    /// <param name="hashed">The data folder's files as the sync hashed them at its start (none for a custom registry).</param>
    private static List<SourceFileInfo> DescribeFiles(string dataDir, IEnumerable<SourceBatch> batches, IReadOnlyList<(string Relative, long Length, string Sha)> hashed)
    {
        var known = new Dictionary<string, (long Length, string Sha)>(StringComparer.Ordinal);
        foreach (var (relative, length, sha) in hashed)
        {
            known[relative] = (length, sha);
        }

        var result = new List<SourceFileInfo>();
        foreach (var b in batches)
        {
            foreach (var f in b.Files)
            {
                if (!known.TryGetValue(f.Replace('\\', '/'), out var file))
                {
                    using var stream = File.OpenRead(Path.Combine(dataDir, f));
                    file = (stream.Length, Convert.ToHexStringLower(SHA256.HashData(stream)));
                }

                var m = DataManifest.Default.Find(f);
                result.Add(new SourceFileInfo(b.Source, f, file.Sha, file.Length, m?.Publisher ?? "user-supplied file", m?.Terms ?? "", m?.OriginUrl ?? "", b.RowsRead));
            }
        }

        return result;
    }

    /// <summary>A sync killed half-way leaves its unfinished file behind; with the lock held, no other sync is writing one.</summary>
    private static void RemoveAbandonedBuilds(string databasePath)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(databasePath))!;
        foreach (var stale in Directory.GetFiles(dir, Path.GetFileName(databasePath) + ".building-*"))
        {
            File.Delete(stale);
        }
    }

    private static void DeleteDatabaseFiles(string path)
    {
        foreach (var p in new[] { path, path + ".wal" })
        {
            if (File.Exists(p))
            {
                File.Delete(p);
            }
        }
    }
}
