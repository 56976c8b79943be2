using System.Collections.Concurrent;
using Concord.Analysis.Agreement;
using Concord.Council;
using Concord.Domain;
using Concord.Store;

namespace Concord.Web.Hosting;

/// <summary>The record the server answers from: the database opened read-only once, and the vote matrices and
/// Council record loaded once and shared by every request.</summary>
/// <remarks>
/// Matrices and the Council record are immutable after loading, so requests read them concurrently without locks.
/// A DuckDB connection is not safe for concurrent use, so the few queries that go to the database (a decision's
/// votes, titles, coverage, the brief) take turns on it.
/// </remarks>
public sealed class ServedRecord : IDisposable
{
    private readonly ConcordDatabase _db;
    private readonly Lock _dbGate = new();
    private readonly Lazy<ConcordDatabase> _briefDb;
    private readonly Lock _briefGate = new();
    private readonly Lazy<VoteMatrix>[] _matrices;
    private readonly Lazy<CouncilRecord>[] _council;
    private readonly IReadOnlyDictionary<int, DecisionSummaryQuery.Summary> _summaries;
    private readonly Lazy<Forums.ForumRecord> _forums;
    private readonly Lazy<Analysis.IdealPoints.IdealPointSet> _idealPoints;
    private readonly ConcurrentDictionary<PeriodsKey, IReadOnlyList<Period>> _periods = new();

    /// <summary>Periods kept for reuse; past this many, new frames are computed each time (a frame's columns take up to 32 kB).</summary>
    private const int MaxCachedPeriods = 1024;

    private readonly record struct PeriodsKey(Forum Forum, bool Merge, PeriodKind Kind, AgreementConvention Convention, IssueSet Issue, int? From, int? To);

    public ServedRecord(ConcordDatabase db)
    {
        _db = db;
        // Briefs get a connection of their own, so that a brief's seconds of queries never hold up /api/show or /api/status.
        _briefDb = new(() => ConcordDatabase.OpenReadOnly(db.Path));
        _matrices =
        [
            new(() => VoteMatrixLoader.Load(db, Forum.GeneralAssembly, mergePredecessors: true)),
            new(() => VoteMatrixLoader.Load(db, Forum.GeneralAssembly, mergePredecessors: false)),
            new(() => VoteMatrixLoader.Load(db, Forum.SecurityCouncil, mergePredecessors: true)),
            new(() => VoteMatrixLoader.Load(db, Forum.SecurityCouncil, mergePredecessors: false)),
        ];
        _council = [new(() => CouncilRecord.Load(db, mergePredecessors: true)), new(() => CouncilRecord.Load(db, mergePredecessors: false))];
        _forums = new(() => Query(ForumStore.Load));

        // The cached fit when the sync or a `concord ideal` stored one; else fitted once in memory (the server never writes).
        // On a connection of its own: a fit takes seconds, and must not hold the shared connection (/api/show, /api/status) meanwhile.
        _idealPoints = new(() =>
        {
            using var own = ConcordDatabase.OpenReadOnly(db.Path);
            return Analysis.IdealPoints.IdealPointFitter.Get(own, refit: false, out _);
        });
        var ga = Matrix(Forum.GeneralAssembly, true);
        var sc = Matrix(Forum.SecurityCouncil, true);
        var council = Council(true);
        var dates = new[] { ga.Decisions.FirstOrDefault().Date, sc.Decisions.FirstOrDefault().Date, council.Decisions.FirstOrDefault()?.Date ?? default }
            .Where(d => d != default).ToList();
        var last = new[] { ga.Decisions.LastOrDefault().Date, sc.Decisions.LastOrDefault().Date, council.Decisions.LastOrDefault()?.Date ?? default };
        // Symbols and titles of every decision in the matrices, read once: listing splits then needs no query.
        var ids = ga.Decisions.Select(d => d.DecisionId).Concat(sc.Decisions.Select(d => d.DecisionId));
        _summaries = DecisionSummaryQuery.ByIds(db, ids);
        FirstYear = dates.Count > 0 ? dates.Min().Year : 1946;
        LastVote = last.Max();
        LastYear = LastVote == default ? FirstYear : LastVote.Year;
    }

    /// <summary>The first calendar year with a decision on record.</summary>
    public int FirstYear { get; }

    /// <summary>The last calendar year with a decision on record (usually a partial year).</summary>
    public int LastYear { get; }

    public DateOnly LastVote { get; }

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

        periods = Concord.Analysis.Agreement.Periods.Build(Matrix(forum, mergePredecessors), kind, d => convention.Includes(d) && d.IsIn(issue), fromYear, toYear);
        if (_periods.Count < MaxCachedPeriods)
        {
            _periods.TryAdd(key, periods);
        }

        return periods;
    }

    /// <summary>Regional forums, memberships, declarations and bilateral events (curated, with sources).</summary>
    public Forums.ForumRecord Forums => _forums.Value;

    /// <summary>Dynamic ideal points of every state and year.</summary>
    public Analysis.IdealPoints.IdealPointSet IdealPoints => _idealPoints.Value;

    /// <summary>Symbol, title and agenda item of a decision in the vote matrices.</summary>
    public DecisionSummaryQuery.Summary? Summary(int decisionId) => _summaries.GetValueOrDefault(decisionId);

    /// <summary>Runs one query on the database, one request at a time.</summary>
    public T Query<T>(Func<ConcordDatabase, T> query)
    {
        lock (_dbGate)
        {
            return query(_db);
        }
    }

    /// <summary>Runs a brief's queries on the brief connection (one brief at a time; see <see cref="BriefRenderer"/>).</summary>
    public T BriefQuery<T>(Func<ConcordDatabase, T> query)
    {
        lock (_briefGate)
        {
            return query(_briefDb.Value);
        }
    }

    public void Dispose()
    {
        if (_briefDb.IsValueCreated)
        {
            _briefDb.Value.Dispose();
        }

        _db.Dispose();
    }
}
