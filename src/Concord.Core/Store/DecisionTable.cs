using Concord.Domain;

namespace Concord.Store;

/// <summary>One decision with every member's vote and the sources behind it: the answer to <c>concord show</c>.</summary>
public static partial class DecisionTable
{
    public sealed record Decision(
        int Id, string Forum, string Key, string? Symbol, string? Draft, string Kind, string Outcome, DateOnly? Date, string? Session,
        string? Title, string? AgendaItem, string? Subjects, string? Meeting, bool RecordedVote, Tally? Tally, string? UndlId, string? Issues)
    {
        /// <summary>The date is a lower bound ("on or after"), not the day of the vote.</summary>
        public bool DateIsBound { get; init; }

        /// <summary>The date as a reader must see it: "on or after 1960-10-07" where it is only a bound.</summary>
        public string? DateText => Date is not { } d ? null : DateIsBound ? $"on or after {d:yyyy-MM-dd}" : d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    public sealed record MemberVote(string State, string Name, Vote Vote, string Source, long? Line);

    public sealed record SourceLine(string Source, string File, long Line, string SourceKey, string? VotesFile = null);

    /// <param name="Withheld">Votes a source gave that broke an invariant: shown, never analysed.</param>
    /// <param name="Violations">The invariant violations found on this decision and what became of each.</param>
    /// <param name="NotUnSymbol">The symbol asked for, when it is a source's name for this decision that the UN never gave it
    /// (unvotes's "A/RES/559(XV)" for roll call 631 of the 15th session).</param>
    public sealed record Detail(Decision Decision, IReadOnlyList<MemberVote> Votes, IReadOnlyList<SourceLine> Sources, IReadOnlyList<string> Vetoers, IReadOnlyList<Decision> Related,
        IReadOnlyList<InvariantTable.Withheld> Withheld, IReadOnlyList<InvariantTable.Item> Violations)
    {
        public string? NotUnSymbol { get; init; }
    }

    /// <summary>
    /// Finds a decision by symbol, in any common spelling (<c>A/RES/68/262</c>, <c>S/RES/2448 (2018)</c>, <c>s/2019/186</c>).
    /// Where a symbol has several roll calls (amendments, separate paragraphs) the vote on the whole text is
    /// returned and the others are listed as related.
    /// </summary>
    public static Detail? Find(ConcordDatabase db, string symbol)
    {
        var candidates = Candidates(symbol);
        var matches = new List<Decision>();
        foreach (var s in candidates)
        {
            using var cmd = db.Command(SelectDecision + " WHERE upper(symbol) = upper($1) OR upper(draft) = upper($1) OR key = $1 ORDER BY (kind = 'resolution') DESC, decision_id", s);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var d = ReadDecision(r);
                if (!matches.Exists(m => m.Id == d.Id))
                {
                    matches.Add(d);
                }
            }

            if (matches.Count > 0)
            {
                break;
            }
        }

        string? notUnSymbol = null;
        if (matches.Count == 0)
        {
            // A symbol a source gave that is not the UN's: the roll call it named, said as such.
            foreach (var s in candidates)
            {
                using var cmd = db.Command(SelectDecision + " WHERE decision_id IN (SELECT decision_id FROM invariant_violations WHERE class = 'symbol-outside-numbering' AND upper(symbol) = upper($1)) ORDER BY decision_id", s);
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    matches.Add(ReadDecision(r));
                }

                if (matches.Count > 0)
                {
                    break;
                }
            }

            if (matches.Count == 0)
            {
                return null;
            }

            notUnSymbol = Symbols.NormalizeGa(symbol);
        }

        var main = matches[0];
        var votes = new List<MemberVote>();
        using (var cmd = db.Command("""
            SELECT v.state, coalesce(s.name, v.state), v.vote, src.label, v.source_line
            FROM votes v LEFT JOIN states s ON s.code = v.state
            LEFT JOIN (SELECT DISTINCT source_id, label FROM sources) src ON src.source_id = v.source_id
            WHERE v.decision_id = $1
            """ + " ORDER BY " + VoteOrder, main.Id))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                votes.Add(new MemberVote(r.GetString(0), r.GetString(1), (Vote)r.GetByte(2), r.IsDBNull(3) ? "" : r.GetString(3), r.IsDBNull(4) ? null : r.GetInt64(4)));
            }
        }

        var sources = new List<SourceLine>();
        using (var cmd = db.Command("""
            SELECT coalesce(src.label, ds.source_id::VARCHAR), ds.file, ds.line, ds.source_key, ds.votes_file
            FROM decision_sources ds LEFT JOIN (SELECT DISTINCT source_id, label FROM sources) src ON src.source_id = ds.source_id
            WHERE ds.decision_id = $1
            """ + " ORDER BY " + SourceOrder, main.Id))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                sources.Add(new SourceLine(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4)));
            }
        }

        var vetoers = new List<string>();
        using (var cmd = db.Command("SELECT state FROM vetoes WHERE decision_id = $1 ORDER BY state", main.Id))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                vetoers.Add(r.GetString(0));
            }
        }

        return new Detail(main, votes, sources, vetoers, matches.Skip(1).ToList(), InvariantTable.WithheldVotes(db, main.Id), InvariantTable.OfDecision(db, main.Id)) { NotUnSymbol = notUnSymbol };
    }

    /// <summary>The spellings a symbol is looked up by, in turn: as given (trimmed), as an Assembly symbol, as a Council
    /// symbol; or, for a roll call the UN gave no symbol, the key Concord gives it ("roll call 631 of session 15 (unvotes id)").</summary>
    internal static string[] Candidates(string symbol)
    {
        var rollCall = RollCallName().Match(symbol);
        return (rollCall.Success ? new[] { $"ga:unvotes:rcid {rollCall.Groups[1].Value}" } : [symbol.Trim(), Symbols.NormalizeGa(symbol), Symbols.NormalizeSc(symbol)]).Distinct().ToArray();
    }

    // The orders of a decision's votes and sources, which DecisionIndex gives too (the sources' read with this constant,
    // the votes' followed in C#). Each ends in enough columns that no two rows tie (a tie would leave the order to
    // DuckDB, which may differ between two reads).
    internal const string VoteOrder = "v.vote, coalesce(s.name, v.state), v.state, v.source_id, v.source_line, src.label";
    internal const string SourceOrder = "ds.source_id, ds.line, ds.file, ds.source_key, ds.votes_file";

    internal const string SelectDecision = """
        SELECT decision_id, forum, key, symbol, draft, kind, outcome, date, session, title, agenda_item, subjects, meeting,
               recorded_vote, yes, no, abstain, non_voting, undl_id, unvotes_issues, date_precision
        FROM decisions
        """;

    internal static Decision ReadDecision(System.Data.Common.DbDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        Tally? tally = r.IsDBNull(14) ? null : new Tally(r.GetInt16(14), r.GetInt16(15), r.GetInt16(16), r.IsDBNull(17) ? null : r.GetInt16(17));
        return new Decision(r.GetInt32(0), r.GetString(1), r.GetString(2), S(3), S(4), r.GetString(5), r.GetString(6),
            CoverageTable.DateOf(r, 7), S(8), S(9), S(10), S(11), S(12), r.GetBoolean(13), tally, S(18), S(19))
        { DateIsBound = S(20) == "on_or_after" };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*roll call (\d+)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RollCallName();
}
