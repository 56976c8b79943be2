using System.Collections.Frozen;
using Concord.Domain;
using Concord.Sources;

namespace Concord.Store;

/// <summary>Everything <c>show</c> reads of every decision, read from the database once and held in memory, so that a
/// server answers a symbol in microseconds instead of a dozen queries (and an unknown symbol without any).</summary>
/// <remarks>
/// Its answers are those of <see cref="DecisionTable.Find"/>, <see cref="IssueTable.ForDecision"/> and
/// <see cref="SponsorshipTable.ForShow"/>, list for list and in the same order: each table is read whole in the order
/// the per-decision query uses (the orders are shared constants; the votes' is followed in C#, see
/// <see cref="ReadVotes"/>), and a symbol is matched as the query matches it.
/// The query compares <c>upper()</c> of both sides; the stored side is upper-cased by DuckDB here, the asked side by
/// this class, which is only sure to do as DuckDB does for printable ASCII: <see cref="TryFind"/> declines any other
/// symbol, and the caller reads the database for it.
/// Votes are the bulk (a million and more): each is kept in 12 bytes, its state, name and source shared. The whole
/// index is about 45 MB of managed memory for the real record (docs/benchmarks.md, "Server load").
/// </remarks>
public sealed class DecisionIndex
{
    /// <summary>One member's vote: indexes into the shared members and source labels, the line or -1 for none.</summary>
    private readonly record struct CompactVote(ushort Member, ushort Source, Vote Vote, int Line);

    private sealed class Entry(DecisionTable.Decision decision)
    {
        public DecisionTable.Decision Decision { get; } = decision;

        public CompactVote[] Votes { get; set; } = [];

        /// <summary>Lines that do not fit <see cref="CompactVote.Line"/> (none in any real file), by position in <see cref="Votes"/>.</summary>
        public Dictionary<int, long?>? WideLines { get; set; }

        public DecisionTable.SourceLine[] Sources { get; set; } = [];

        public string[] Vetoers { get; set; } = [];

        public InvariantTable.Withheld[] Withheld { get; set; } = [];

        public InvariantTable.Item[] Violations { get; set; } = [];

        public IssueTable.Reason[] Issues { get; set; } = [];

        public SponsorshipTable.Row[] Sponsors { get; set; } = [];

        public bool SponsorsCovered { get; set; }
    }

    private readonly FrozenDictionary<int, Entry> _byId;
    private readonly FrozenDictionary<string, int[]> _bySymbol;
    private readonly FrozenDictionary<string, int[]> _byDraft;
    private readonly FrozenDictionary<string, int[]> _byKey;
    private readonly FrozenDictionary<string, int[]> _outsideNumbering;
    private readonly (string State, string Name)[] _members;
    private readonly string[] _sourceLabels;
    private readonly string _sponsorCoverage;

    private DecisionIndex(FrozenDictionary<int, Entry> byId, FrozenDictionary<string, int[]> bySymbol, FrozenDictionary<string, int[]> byDraft,
        FrozenDictionary<string, int[]> byKey, FrozenDictionary<string, int[]> outsideNumbering, (string, string)[] members, string[] sourceLabels, string sponsorCoverage)
    {
        _byId = byId;
        _bySymbol = bySymbol;
        _byDraft = byDraft;
        _byKey = byKey;
        _outsideNumbering = outsideNumbering;
        _members = members;
        _sourceLabels = sourceLabels;
        _sponsorCoverage = sponsorCoverage;
    }

    /// <summary>Decisions held.</summary>
    public int Count => _byId.Count;

    /// <summary>Finds a decision as <see cref="DecisionTable.Find"/> does.</summary>
    /// <param name="detail">The decision, or null when none is on record under that symbol.</param>
    /// <returns>False when the symbol (or a spelling of it) holds a character outside printable ASCII, which the index
    /// cannot be sure to upper-case as DuckDB does: ask <see cref="DecisionTable.Find"/> instead.</returns>
    public bool TryFind(string symbol, out DecisionTable.Detail? detail)
    {
        detail = null;
        var candidates = DecisionTable.Candidates(symbol);
        foreach (var s in candidates)
        {
            if (!IsPrintableAscii(s))
            {
                return false;
            }
        }

        var matches = new List<Entry>();
        foreach (var s in candidates)
        {
            var upper = s.ToUpperInvariant();
            Add(matches, _bySymbol, upper);
            Add(matches, _byDraft, upper);
            Add(matches, _byKey, s);
            if (matches.Count > 0)
            {
                // As the query orders them: the resolution first, then by id.
                matches.Sort((a, b) => a.Decision.Kind == "resolution" != (b.Decision.Kind == "resolution")
                    ? (a.Decision.Kind == "resolution" ? -1 : 1)
                    : a.Decision.Id.CompareTo(b.Decision.Id));
                break;
            }
        }

        string? notUnSymbol = null;
        if (matches.Count == 0)
        {
            foreach (var s in candidates)
            {
                // Already in id order, each id once.
                Add(matches, _outsideNumbering, s.ToUpperInvariant());
                if (matches.Count > 0)
                {
                    break;
                }
            }

            if (matches.Count == 0)
            {
                return true;
            }

            notUnSymbol = Symbols.NormalizeGa(symbol);
        }

        var main = matches[0];
        var votes = new DecisionTable.MemberVote[main.Votes.Length];
        for (var i = 0; i < votes.Length; i++)
        {
            var v = main.Votes[i];
            var (state, name) = _members[v.Member];
            long? line = v.Line >= 0 ? v.Line : main.WideLines?.GetValueOrDefault(i);
            votes[i] = new DecisionTable.MemberVote(state, name, v.Vote, _sourceLabels[v.Source], line);
        }

        detail = new DecisionTable.Detail(main.Decision, votes, main.Sources, main.Vetoers, matches.Skip(1).Select(m => m.Decision).ToList(), main.Withheld, main.Violations)
        {
            NotUnSymbol = notUnSymbol,
        };
        return true;
    }

    /// <summary>Why a decision is in each issue area, as <see cref="IssueTable.ForDecision"/> gives it.</summary>
    public IReadOnlyList<IssueTable.Reason> Issues(int decisionId) => _byId.TryGetValue(decisionId, out var e) ? e.Issues : [];

    /// <summary>A decision's sponsors, as <see cref="SponsorshipTable.ForShow"/> gives them.</summary>
    public SponsorshipTable.DecisionSponsors Sponsors(int decisionId) =>
        _byId.TryGetValue(decisionId, out var e) ? new(e.SponsorsCovered, _sponsorCoverage, e.Sponsors) : new(false, _sponsorCoverage, []);

    private void Add(List<Entry> matches, FrozenDictionary<string, int[]> map, string key)
    {
        if (!map.TryGetValue(key, out var ids))
        {
            return;
        }

        foreach (var id in ids)
        {
            if (!matches.Exists(m => m.Decision.Id == id) && _byId.TryGetValue(id, out var e))
            {
                matches.Add(e);
            }
        }
    }

    private static bool IsPrintableAscii(string s)
    {
        foreach (var c in s)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads every table <c>show</c> reads, whole.</summary>
    public static DecisionIndex Load(ConcordDatabase db)
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string Share(string s)
        {
            if (strings.TryGetValue(s, out var shared))
            {
                return shared;
            }

            strings[s] = s;
            return s;
        }

        string? ShareOrNull(string? s) => s is null ? null : Share(s);

        var byId = new Dictionary<int, Entry>();
        var bySymbol = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byDraft = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        static void Index(Dictionary<string, List<int>> map, string? key, int id)
        {
            if (key is null)
            {
                return;
            }

            if (!map.TryGetValue(key, out var ids))
            {
                map[key] = ids = [];
            }

            ids.Add(id);
        }

        using (var cmd = db.Command("SELECT d.*, upper(d.symbol), upper(d.draft) FROM (" + DecisionTable.SelectDecision + ") d ORDER BY d.decision_id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var d = DecisionTable.ReadDecision(r);
                d = d with { Forum = Share(d.Forum), Kind = Share(d.Kind), Outcome = Share(d.Outcome), Session = ShareOrNull(d.Session) };
                byId[d.Id] = new Entry(d);
                Index(bySymbol, r.IsDBNull(21) ? null : r.GetString(21), d.Id);
                Index(byDraft, r.IsDBNull(22) ? null : r.GetString(22), d.Id);
                Index(byKey, d.Key, d.Id);
            }
        }

        var outsideNumbering = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        using (var cmd = db.Command("""
            SELECT DISTINCT upper(symbol), decision_id FROM invariant_violations
            WHERE class = 'symbol-outside-numbering' AND symbol IS NOT NULL AND decision_id IS NOT NULL ORDER BY 1, 2
            """))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                Index(outsideNumbering, r.GetString(0), r.GetInt32(1));
            }
        }

        ReadVotes(db, byId, out var members, out var labels);

        ReadGrouped(db, """
            SELECT ds.decision_id, coalesce(src.label, ds.source_id::VARCHAR), ds.file, ds.line, ds.source_key, ds.votes_file
            FROM decision_sources ds LEFT JOIN (SELECT DISTINCT source_id, label FROM sources) src ON src.source_id = ds.source_id
            """ + " ORDER BY ds.decision_id, " + DecisionTable.SourceOrder, byId, (e, rows) => e.Sources = [.. rows],
            r => new DecisionTable.SourceLine(Share(r.GetString(1)), Share(r.GetString(2)), r.GetInt64(3), r.GetString(4), r.IsDBNull(5) ? null : Share(r.GetString(5))));

        ReadGrouped(db, "SELECT decision_id, state FROM vetoes ORDER BY decision_id, state", byId, (e, rows) => e.Vetoers = [.. rows], r => Share(r.GetString(1)));

        ReadGrouped(db, "SELECT state, vote, source_id, source_line, class, file, decision_id FROM withheld_votes ORDER BY decision_id, " + InvariantTable.WithheldOrder,
            byId, (e, rows) => e.Withheld = [.. rows], r =>
            {
                var w = InvariantTable.ReadWithheld(r);
                return w with { State = Share(w.State), Source = Share(w.Source), Class = Share(w.Class), File = ShareOrNull(w.File) };
            }, idColumn: 6);

        ReadGrouped(db, InvariantTable.SelectItems + " WHERE x.decision_id IS NOT NULL ORDER BY x.decision_id, " + InvariantTable.ItemOrder,
            byId, (e, rows) => e.Violations = [.. rows], r => InvariantTable.Read(r), idColumn: 10);

        ReadGrouped(db, "SELECT decision_id, area, rule, why, matched, country FROM decision_issues ORDER BY decision_id, rowid", byId,
            (e, rows) => e.Issues = [.. rows],
            r => new IssueTable.Reason(Share(r.GetString(1)), Share(r.GetString(2)), Share(r.GetString(3)), Share(r.GetString(4)), r.IsDBNull(5) ? null : Share(r.GetString(5))));

        ReadGrouped(db, """
            SELECT sp.kind, sp.class, sp.state, st.name, sp.name, sp.on_behalf_of, sp.position, sp.entry, sp.source_id, sp.file, sp.line, sp.decision_id
            FROM sponsorships sp LEFT JOIN states st ON st.code = sp.state
            WHERE sp.decision_id IS NOT NULL
            """ + " ORDER BY sp.decision_id, " + SponsorshipTable.RowOrder, byId, (e, rows) => e.Sponsors = [.. rows], r =>
            {
                var row = SponsorshipTable.ReadRow(r);
                return row with
                {
                    Kind = Share(row.Kind),
                    Class = Share(row.Class),
                    State = ShareOrNull(row.State),
                    StateName = ShareOrNull(row.StateName),
                    Name = Share(row.Name),
                    OnBehalfOf = ShareOrNull(row.OnBehalfOf),
                    Source = Share(row.Source),
                    File = Share(row.File),
                };
            }, idColumn: 11);

        using (var cmd = db.Command("SELECT DISTINCT decision_id FROM decision_sources WHERE source_id = $1", (short)SourceId.DgacmGa))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                if (byId.TryGetValue(r.GetInt32(0), out var e))
                {
                    e.SponsorsCovered = true;
                }
            }
        }

        static FrozenDictionary<string, int[]> Freeze(Dictionary<string, List<int>> map) =>
            map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);

        return new DecisionIndex(byId.ToFrozenDictionary(), Freeze(bySymbol), Freeze(byDraft), Freeze(byKey), Freeze(outsideNumbering),
            members, labels, SponsorshipTable.Coverage(db).Describe());
    }

    /// <summary>Reads every vote into its decision, in the order of <see cref="DecisionTable.VoteOrder"/>.</summary>
    /// <remarks>
    /// The votes are read unsorted and with no text but the state's code, and sorted here: DuckDB sorting a million rows
    /// by name kept some 200 MB of its memory for good. The order is DuckDB's all the same: the members (state and name)
    /// are ranked by DuckDB in the query's order of name then code, and each vote is sorted by vote, that rank, source and
    /// line (no line last, as DuckDB puts NULL). A vote is repeated once per label its source has, as the join does.
    /// </remarks>
    private static void ReadVotes(ConcordDatabase db, Dictionary<int, Entry> byId, out (string State, string Name)[] members, out string[] labels)
    {
        var rank = new Dictionary<string, ushort>(StringComparer.Ordinal);
        var ranked = new List<(string, string)>();
        using (var cmd = db.Command("""
            SELECT DISTINCT v.state, coalesce(s.name, v.state) AS name FROM votes v LEFT JOIN states s ON s.code = v.state ORDER BY name, v.state
            """))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                rank[r.GetString(0)] = checked((ushort)ranked.Count);
                ranked.Add((r.GetString(0), r.GetString(1)));
            }
        }

        // Each source's labels in DuckDB's order (no label last, read as "" as the query reads it).
        var labelList = new List<string>();
        var labelsOf = new Dictionary<short, List<ushort>>();
        using (var cmd = db.Command("SELECT DISTINCT source_id, label FROM sources ORDER BY source_id, label"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var label = r.IsDBNull(1) ? "" : r.GetString(1);
                var at = labelList.IndexOf(label);
                if (at < 0)
                {
                    at = labelList.Count;
                    labelList.Add(label);
                }

                if (!labelsOf.TryGetValue(r.GetInt16(0), out var list))
                {
                    labelsOf[r.GetInt16(0)] = list = [];
                }

                list.Add(checked((ushort)at));
            }
        }

        var noLabel = labelList.IndexOf("");
        if (noLabel < 0)
        {
            noLabel = labelList.Count;
            labelList.Add("");
        }

        var raw = new Dictionary<int, List<(Vote Vote, ushort Member, short Source, long? Line)>>();
        using (var cmd = db.Command("SELECT decision_id, state, vote, source_id, source_line FROM votes"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var id = r.GetInt32(0);
                if (!raw.TryGetValue(id, out var list))
                {
                    raw[id] = list = [];
                }

                list.Add(((Vote)r.GetByte(2), rank[r.GetString(1)], r.GetInt16(3), r.IsDBNull(4) ? null : r.GetInt64(4)));
            }
        }

        ushort[] none = [(ushort)noLabel];
        foreach (var (id, list) in raw)
        {
            if (!byId.TryGetValue(id, out var e))
            {
                continue;
            }

            list.Sort(static (a, b) =>
            {
                var c = ((byte)a.Vote).CompareTo((byte)b.Vote);
                c = c != 0 ? c : a.Member.CompareTo(b.Member);
                c = c != 0 ? c : a.Source.CompareTo(b.Source);
                return c != 0 ? c : (a.Line, b.Line) switch
                {
                    (null, null) => 0,
                    (null, _) => 1,
                    (_, null) => -1,
                    _ => a.Line.Value.CompareTo(b.Line.Value),
                };
            });
            var votes = new List<CompactVote>(list.Count);
            foreach (var v in list)
            {
                foreach (var label in labelsOf.TryGetValue(v.Source, out var ls) ? (IEnumerable<ushort>)ls : none)
                {
                    var narrow = v.Line is >= 0 and <= int.MaxValue ? (int)v.Line.Value : -1;
                    if (narrow < 0 && v.Line is not null)
                    {
                        e.WideLines ??= [];
                        e.WideLines[votes.Count] = v.Line;
                    }

                    votes.Add(new CompactVote(v.Member, label, v.Vote, narrow));
                }
            }

            e.Votes = [.. votes];
        }

        members = [.. ranked];
        labels = [.. labelList];
    }

    /// <summary>Reads a table ordered by decision, handing each decision's rows, in order, to <paramref name="store"/>.</summary>
    private static void ReadGrouped<T>(ConcordDatabase db, string sql, Dictionary<int, Entry> byId, Action<Entry, List<T>> store,
        Func<System.Data.Common.DbDataReader, T> read, int idColumn = 0)
    {
        using var cmd = db.Command(sql);
        using var r = cmd.ExecuteReader();
        var rows = new List<T>();
        int? current = null;
        while (r.Read())
        {
            var id = r.GetInt32(idColumn);
            if (id != current)
            {
                Flush();
                current = id;
            }

            rows.Add(read(r));
        }

        Flush();

        void Flush()
        {
            if (current is { } c && byId.TryGetValue(c, out var e))
            {
                store(e, rows);
            }

            rows = [];
        }
    }
}
