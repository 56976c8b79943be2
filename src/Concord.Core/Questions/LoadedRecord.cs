using System.Collections.Concurrent;
using Concord.Analysis.Agreement;
using Concord.Analysis.IdealPoints;
using Concord.Council;
using Concord.Domain;
using Concord.Forums;
using Concord.Questions.IdealPoints;
using Concord.Store;

namespace Concord.Questions;

/// <summary>The record every question is answered from: the database opened read-only, and the vote matrices, the
/// Council record, the forums and the ideal points, each loaded when first asked for and then shared.</summary>
/// <remarks>
/// One type for both shells: a CLI command opens one for a single question (only what it asks for is loaded), the
/// server opens one for its lifetime and warms it up (<see cref="Warm"/>) so that no request pays for a load.
/// Matrices and the Council record are immutable once loaded, so questions read them concurrently without locks.
/// A DuckDB connection is not safe for concurrent use, so each query that goes to the database takes a connection of
/// its own from a small pool of duplicates of the first (the same open database, never the file at the path again,
/// which a sync may have replaced meanwhile). Nothing is cached if it failed: the next use tries again.
/// </remarks>
public sealed class LoadedRecord : IDisposable
{
    private readonly RetryingLazy<ConcordDatabase> _db;
    private readonly string _path;
    private readonly bool _ownsDb;
    private readonly ConcurrentBag<ConcordDatabase> _spare = [];
    private readonly Lock _fitGate = new();
    private Task<IdealPointSet>? _fit;
    private volatile bool _disposed;
    private readonly RetryingLazy<VoteMatrix>[] _matrices;
    private readonly RetryingLazy<CouncilRecord>[] _council;
    private readonly RetryingLazy<IReadOnlyDictionary<int, DecisionSummaryTable.Summary>> _summaries;
    private readonly RetryingLazy<DecisionIndex> _decisions;
    private volatile bool _warmed;
    private readonly RetryingLazy<ForumRecord> _forums;
    private readonly RetryingLazy<IdealPointSet> _idealPoints;
    private readonly RetryingLazy<(int First, int Last, DateOnly LastVote)> _span;
    private readonly RetryingLazy<IReadOnlyList<ControlTotalTable.Shortfall>> _shortfalls;
    private readonly RetryingLazy<(IReadOnlyList<SponsorshipTable.SponsorSet> Sets, string Coverage)> _sponsorships;
    private readonly ConcurrentDictionary<PeriodsKey, IReadOnlyList<Period>> _periods = new();
    private readonly ConcurrentDictionary<string, IReadOnlySet<int>> _decisionsInArea = new(StringComparer.Ordinal);
    private readonly RetryingLazy<Analysis.Speeches.SpeechRecord?> _speeches;
    private readonly RetryingLazy<Analysis.Speeches.SpeechRecord?> _speechCatalogue;

    /// <summary>Idle connections kept for the next reads; more may be open while many requests read at once.</summary>
    private const int MaxSpareConnections = 8;

    /// <summary>Periods kept for reuse; past this many, new frames are computed each time (a frame's columns take up to 32 kB).</summary>
    private const int MaxCachedPeriods = 1024;

    private readonly record struct PeriodsKey(Forum Forum, bool Merge, PeriodKind Kind, AgreementConvention Convention, IssueSet Issue, int? From, int? To);

    /// <param name="db">A read-only connection; disposed with this record when <paramref name="ownsDb"/>.</param>
    public LoadedRecord(ConcordDatabase db, bool ownsDb = true)
        : this(db.Path, new RetryingLazy<ConcordDatabase>(() => db), ownsDb)
    {
    }

    /// <summary>The record of the database at <paramref name="path"/>, opened read-only only when a question needs more
    /// than the vote matrices, which come from the file beside it when it matches (<see cref="VoteMatrixFile"/>): a
    /// command such as <c>agree --all</c> then never loads DuckDB.</summary>
    public static LoadedRecord OpenLazily(string path) => new(path, new RetryingLazy<ConcordDatabase>(() => ConcordDatabase.OpenReadOnly(path)), ownsDb: true);

    private LoadedRecord(string path, RetryingLazy<ConcordDatabase> db, bool ownsDb)
    {
        _path = path;
        _db = db;
        _ownsDb = ownsDb;
        _matrices =
        [
            new(() => LoadMatrix(Forum.GeneralAssembly, mergePredecessors: true)),
            new(() => LoadMatrix(Forum.GeneralAssembly, mergePredecessors: false)),
            new(() => LoadMatrix(Forum.SecurityCouncil, mergePredecessors: true)),
            new(() => LoadMatrix(Forum.SecurityCouncil, mergePredecessors: false)),
        ];
        _council = [new(() => Read(d => CouncilRecordLoader.Load(d, mergePredecessors: true))), new(() => Read(d => CouncilRecordLoader.Load(d, mergePredecessors: false)))];
        _forums = new(() => Read(ForumStore.Load));

        // The cached fit when the sync or a `concord ideal` stored one; else fitted once in memory (the loaded record never writes).
        // On a connection of its own: a fit takes seconds, and must not hold a pooled connection meanwhile.
        _idealPoints = new(() =>
        {
            using var own = _db.Value.Duplicate();
            return IdealPointFits.Get(own, refit: false, out _);
        });
        _summaries = new(() =>
        {
            var ids = Matrix(Forum.GeneralAssembly, true).Decisions.Select(d => d.DecisionId).Concat(Matrix(Forum.SecurityCouncil, true).Decisions.Select(d => d.DecisionId));
            return Read(d => DecisionSummaryTable.ByIds(d, ids));
        });
        _decisions = new(() => Read(DecisionIndex.Load));
        _span = new(() => Read(RecordSpan.Read));
        _shortfalls = new(() => Read(ControlTotalTable.Shortfalls));
        _sponsorships = new(() => Read(d => (SponsorshipTable.Sets(d), SponsorshipTable.Coverage(d).Describe())));
        _speeches = new(() => Read(d => SpeechStore.Has(d)
            ? SpeechStore.IndexVersion(d) != Domain.SpeechIndex.Version
                ? throw new QuestionNotFound("a", $"The database's speech index is of version {SpeechStore.IndexVersion(d)}, this build reads version {Domain.SpeechIndex.Version}: sync again (concord data sync) to index the speeches anew.")
                : new Analysis.Speeches.SpeechRecord(SpeechIndexByYear(d), States.StateRegistry.Default)
            : null));
        _speechCatalogue = new(() => _speeches.IsValueCreated ? _speeches.Value
            : Read(d => SpeechStore.Has(d) ? new Analysis.Speeches.SpeechRecord(SpeechStore.Load(d, vectors: false), States.StateRegistry.Default) : null));
    }

    public string DatabasePath => _path;

    /// <summary>The first calendar year with a decision on record.</summary>
    public int FirstYear => _span.Value.First;

    /// <summary>The last calendar year with a decision on record (usually a partial year).</summary>
    public int LastYear => _span.Value.Last;

    /// <summary>The date of the last decision on record.</summary>
    public DateOnly LastVote => _span.Value.LastVote;

    /// <summary>Loads everything a question may need, so that none waits for a load (the server, at start).</summary>
    public void Warm()
    {
        // Set first: should a load below fail, the next request that needs it loads it again.
        _warmed = true;
        _ = Matrix(Forum.GeneralAssembly, true);
        _ = Matrix(Forum.SecurityCouncil, true);
        _ = Council(true);
        _ = _summaries.Value;
        _ = _span.Value;
        _ = _decisions.Value;
    }

    /// <summary>Every decision as <c>show</c> reads it, in memory, once the record is warmed (the server's); null on a
    /// record opened for one question, where reading the one decision asked for costs less than loading them all.</summary>
    public DecisionIndex? Decisions => _warmed ? _decisions.Value : null;

    /// <summary>The forum's vote matrix; <paramref name="mergePredecessors"/> joins a predecessor's seat to its successor's (the USSR's to Russia's).</summary>
    public VoteMatrix Matrix(Forum forum, bool mergePredecessors) =>
        _matrices[(forum == Forum.SecurityCouncil ? 2 : 0) + (mergePredecessors ? 0 : 1)].Value;

    public CouncilRecord Council(bool mergePredecessors) => _council[mergePredecessors ? 0 : 1].Value;

    /// <summary>The periods of a forum's matrix for one frame, shared by every pair asked about in that frame.</summary>
    /// <remarks>They depend on the frame only (forum, grouping, convention, issue, years), not on the pair, and building
    /// them walks every decision: a dashboard asking about many pairs in the same frame builds them once.</remarks>
    public IReadOnlyList<Period> Periods(Forum forum, bool mergePredecessors, PeriodKind kind, AgreementConvention convention, IssueSet issue, int? fromYear, int? toYear)
    {
        var key = new PeriodsKey(forum, mergePredecessors, kind, convention, issue, fromYear, toYear);
        if (_periods.TryGetValue(key, out var periods))
        {
            return periods;
        }

        periods = Domain.Periods.Build(Matrix(forum, mergePredecessors), kind, d => convention.Includes(d) && d.IsIn(issue), fromYear, toYear);
        if (_periods.Count < MaxCachedPeriods)
        {
            _periods.TryAdd(key, periods);
        }

        return periods;
    }

    /// <summary>The decisions (of both forums, in the vote matrices or not) in one issue area, by its code: read once per
    /// area (there are a score of them), not at every question that filters by it.</summary>
    public IReadOnlySet<int> DecisionsIn(string area) =>
        _decisionsInArea.TryGetValue(area, out var ids) ? ids : _decisionsInArea.GetOrAdd(area, Read(d => IssueTable.DecisionsIn(d, area)));

    /// <summary>Regional forums, memberships, declarations and bilateral events (curated, with sources).</summary>
    public ForumRecord Forums => _forums.Value;

    /// <summary>The sponsoring states of every Assembly resolution with sponsor lists on record, and that coverage in words;
    /// read once, not at every co-sponsorship question.</summary>
    public (IReadOnlyList<SponsorshipTable.SponsorSet> Sets, string Coverage) Sponsorships => _sponsorships.Value;

    /// <summary>The General Debate speeches (index, vocabulary, yearly tf-idf), loaded once; a refusal naming the sync
    /// when the database was built without the corpus.</summary>
    public Analysis.Speeches.SpeechRecord Speeches => _speeches.Value
        ?? throw new QuestionNotFound("a", "The database holds no General Debate speeches: sync from a data folder with speeches/ungdc_1946-2024.tar.gz (concord data sync).");

    /// <summary>The speeches' catalogue and concept counts without term vectors (the concept and passage questions):
    /// a fifth of <see cref="Speeches"/>' load.</summary>
    public Analysis.Speeches.SpeechRecord SpeechCatalogue => _speechCatalogue.Value
        ?? throw new QuestionNotFound("a", "The database holds no General Debate speeches: sync from a data folder with speeches/ungdc_1946-2024.tar.gz (concord data sync).");

    /// <summary>Dynamic ideal points of every state and year (fitted on first use when the database holds no fit: seconds).</summary>
    public IdealPointSet IdealPoints => _idealPoints.Value;

    /// <summary>The ideal points, fitted when needed once, on a thread of its own: the server awaits this before a question
    /// that reads <see cref="IdealPoints"/>, so that a cold fit holds no request thread; every caller shares the one fit,
    /// and a failed one is tried again by the next caller.</summary>
    public Task<IdealPointSet> IdealPointsAsync()
    {
        if (_idealPoints.IsValueCreated)
        {
            return Task.FromResult(_idealPoints.Value);
        }

        lock (_fitGate)
        {
            if (_fit is null || _fit.IsFaulted || _fit.IsCanceled)
            {
                _fit = Task.Factory.StartNew(() => _idealPoints.Value, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }

            return _fit;
        }
    }

    /// <summary>Symbol, title and agenda item of a decision in the vote matrices.</summary>
    public DecisionSummaryTable.Summary? Summary(int decisionId) => _summaries.Value.GetValueOrDefault(decisionId);

    /// <summary>The Assembly sessions with a vote between <paramref name="fromYear"/> and <paramref name="toYear"/> whose
    /// record falls short of the UN Library's count: what "every recorded vote" must not hide.</summary>
    public IReadOnlyList<ControlTotalTable.Shortfall> AssemblyShortfalls(int? fromYear, int? toYear) =>
        [.. _shortfalls.Value.Where(s => s.LastYear >= (fromYear ?? int.MinValue) && s.FirstYear <= (toYear ?? int.MaxValue))];

    /// <summary>Runs one Store read on a connection no other read is using (a DuckDB connection is not safe for
    /// concurrent use), so that reads run side by side (uncached <c>show</c> requests took turns on one connection).</summary>
    public T Read<T>(Func<ConcordDatabase, T> read)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var db = _spare.TryTake(out var spare) ? spare : _db.Value.Duplicate();
        try
        {
            return read(db);
        }
        finally
        {
            if (_spare.Count < MaxSpareConnections)
            {
                _spare.Add(db);
            }
            else
            {
                db.Dispose();
            }
        }
    }


    /// <summary>The index as the pair and ranking questions read it: the catalogue and concept counts, no term vector
    /// and the vocabulary's size alone; the years' stored rows, the vectors a question asks for and the stems it shows
    /// are read when first asked for, each on a pooled connection (these reads come later, from any thread).</summary>
    private Domain.SpeechIndex SpeechIndexByYear(ConcordDatabase d)
    {
        var catalogue = SpeechStore.Load(d, vectors: false);
        var vocabulary = new Domain.Vocabulary(SpeechStore.VocabularySize(d), () => Read(SpeechStore.VocabularyArrays), ids => Read(x => SpeechStore.Terms(x, ids)),
            () => Read(SpeechStore.VocabularyTotals));
        return new Domain.SpeechIndex(catalogue.Speeches, vocabulary, catalogue.Concepts)
        {
            StoredYears = (from, to, totals) => Read(x => SpeechStore.Years(x, from, to, id => Read(v => SpeechStore.Vectors(v, [id]))[id], totals)),
            StoredVectors = ids => Read(x => SpeechStore.Vectors(x, ids)),
            StoredRows = ids => Read(x => SpeechStore.SpeechRows(x, ids)),
            StoredMedians = () => Read(SpeechStore.Medians),
        };
    }

    /// <summary>A matrix from the file beside the database when it matches the database, else from the database.</summary>
    private VoteMatrix LoadMatrix(Forum forum, bool mergePredecessors) =>
        VoteMatrixFile.TryRead(_path, forum, mergePredecessors) ?? Read(d => VoteMatrixLoader.Load(d, forum, mergePredecessors));

    /// <summary>Closes the pooled connections, and the first one when this record owns it; no read may be running.</summary>
    public void Dispose()
    {
        _disposed = true;
        while (_spare.TryTake(out var spare))
        {
            spare.Dispose();
        }

        if (_ownsDb && _db.IsValueCreated)
        {
            _db.Value.Dispose();
        }
    }
}
