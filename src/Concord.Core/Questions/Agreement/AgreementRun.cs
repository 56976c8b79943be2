using Concord.Analysis.Agreement;
using Concord.Analysis.ChangePoints;
using Concord.Analysis.IdealPoints;
using Concord.Domain;
using Concord.States;

namespace Concord.Questions.Agreement;

/// <summary>How alike two states voted (or a state and a group's majority), period by period: <c>concord agree A B</c>,
/// <c>/api/agree</c>, the dashboard's figures and the brief's.</summary>
public static class AgreementRun
{
    /// <param name="B">The second state, or null when <paramref name="Group"/> is asked for.</param>
    /// <param name="Group">A forum whose majority position (as of each vote's date; A left out) stands in for B.</param>
    /// <param name="Ideal">Add each period's ideal-point distance (General Assembly, by year or session).</param>
    public sealed record Request(State A, State? B, StateGroup? Group, AgreementFrame Frame, bool Ideal = false);

    /// <param name="KappaMeaningful">False when either state's votes are near-unanimous, where kappa collapses (<see cref="KappaReading"/>).</param>
    /// <param name="AVotesOf">Where a continued seat is joined, the states whose votes the row counts for A ("SUN", "SUN RUS", "RUS").</param>
    public sealed record Row(Period Period, PairCounts Counts, AgreementScores Scores, bool KappaMeaningful, string? AVotesOf, string? BVotesOf, double? IdealDistance);

    /// <param name="Segments">Where the level of the first measure shifts, or null.</param>
    public sealed record Answer(Request Request, string BCode, string BName, VoteMatrix Matrix, IReadOnlyList<Row> Rows, string? Segments)
    {
        /// <summary>Assembly sessions in the frame whose record falls short of the UN Library's count.</summary>
        public IReadOnlyList<string> CoverageGaps { get; init; } = [];
    }

    public static Answer Run(LoadedRecord record, Request request)
    {
        var frame = request.Frame;
        var matrix = record.Matrix(frame.Forum, frame.MergePredecessors);
        string bCode, bName;
        if (request.Group is { } group)
        {
            // A group's majority position becomes one more row; A itself is left out of the majority.
            matrix = GroupPosition.WithGroup(matrix, group, exclude: request.A.Code);
            (bCode, bName) = (group.Code, group.Name + " (majority position)");
        }
        else
        {
            (bCode, bName) = (request.B!.Code, request.B.Name);
        }

        var rowA = RowOf(matrix, request.A.Code, "a");
        var rowB = RowOf(matrix, bCode, "b");
        // A group's row is added to the same decisions, so the frame's periods are the forum's.
        var periods = frame.Periods(record);
        var counts = AllPairsAgreement.OnePair(matrix, periods, rowA, rowB);
        var rules = frame.Convention.CoincidenceRules(matrix, periods);
        var distance = request.Ideal ? IdealDistance(record.IdealPoints, frame.By, request.A.Code, bCode) : null;
        var registry = StateRegistry.Default;
        var rows = new List<Row>(periods.Count);
        for (var p = 0; p < periods.Count; p++)
        {
            rows.Add(new Row(periods[p], counts[p], AgreementScores.From(counts[p], frame.MinN, rules[p]), KappaReading.IsMeaningful(counts[p]),
                JoinedSeats.VotesOf(registry, request.A.Code, frame.MergePredecessors, matrix, periods[p]),
                request.Group is null ? JoinedSeats.VotesOf(registry, bCode, frame.MergePredecessors, matrix, periods[p]) : null,
                distance?.Invoke(periods[p].Label)));
        }

        string? segments = null;
        var measures = frame.Measures;
        if (frame.By == PeriodKind.Year && measures.Length > 0)
        {
            // Where the level of the first measure shifts (least-squares segmentation, penalised; docs/methods.md).
            segments = YearlyChangePoints.Describe(YearlyChangePoints.Find(periods, counts, frame.MinN, measures[0].Value, rules));
        }

        var gaps = frame.Forum == Forum.GeneralAssembly ? record.AssemblyShortfalls(frame.From, frame.To).Select(g => g.Describe()).ToList() : [];
        return new Answer(request, bCode, bName, matrix, rows, segments) { CoverageGaps = gaps };
    }

    /// <summary>The matrix row of a state, or a refusal when the state cast no vote in the forum.</summary>
    public static int RowOf(VoteMatrix matrix, string code, string parameter) => matrix.TryRowOf(code, out var row)
        ? row
        : throw new QuestionRefusal(parameter, NoRow(matrix, code));

    /// <summary>Why a state has no row: its seat passed to a successor whose row counts its votes (the USSR's to Russia),
    /// or it cast none.</summary>
    public static string NoRow(VoteMatrix matrix, string code)
    {
        var registry = StateRegistry.Default;
        var holder = registry.IsKnownCode(code) ? registry.SeatHolder(code) : code;
        if (matrix.PredecessorsMerged && holder != code && matrix.TryRowOf(holder, out _))
        {
            var name = registry[code].Name;
            return $"{code} ({name}): its votes in the {matrix.Forum.DisplayName()} are counted under {holder} ({registry[holder].Name}), which continues its seat. Ask about {holder}, or add --no-predecessors (no-predecessors=true in the API) for the votes cast as {name} itself.";
        }

        return $"{code} has no recorded votes in the {matrix.Forum.DisplayName()}.";
    }

    /// <summary>The ideal-point distance by period label (a year, or a session: session N opened in 1945 + N).</summary>
    private static Func<string, double?> IdealDistance(IdealPointSet set, PeriodKind by, string a, string b)
    {
        var distances = set.Distance(a, b).ToDictionary(d => d.Year, d => d.Distance);
        var offset = by == PeriodKind.Session ? UnCalendar.FirstYear : 0;
        return label => int.TryParse(label, System.Globalization.CultureInfo.InvariantCulture, out var n) && distances.TryGetValue(n + offset, out var d) ? d : null;
    }

    /// <summary>How a state's seat is described: its code, with the predecessors whose votes count as its own.</summary>
    public static string Describe(string code, bool merged) =>
        Predecessors(code, merged) is { } links ? $"{code} (with {links})" : code;

    /// <summary>The predecessors whose votes count as the state's own ("SUN before 1991-12-24"), or null.</summary>
    public static string? Predecessors(string code, bool merged)
    {
        var links = merged ? StateRegistry.Default.SeatPredecessors(code).ToList() : [];
        return links.Count == 0 ? null : string.Join(", ", links.Select(l => $"{l.Predecessor} before {l.From:yyyy-MM-dd}"));
    }

    /// <summary>The facts naming one side of a question: <c>a</c> (code), <c>a_name</c>, <c>a_predecessors</c> (or null).</summary>
    public static void StateFacts(ResultTable table, string side, string code, string name, bool merged)
    {
        table.Fact(side, code);
        table.Fact(side + "_name", name);
        table.Fact(side + "_predecessors", Predecessors(code, merged));
    }

    /// <summary>The answer as a table: typed period columns, n, the measures, the counts behind them, and where it applies
    /// whose votes a joined seat counts and the ideal-point distance.</summary>
    public static ResultTable ToTable(Answer answer)
    {
        var request = answer.Request;
        var frame = request.Frame;
        var measures = frame.Measures;
        var wantsKappa = measures.Any(m => m.Column.StartsWith("kappa", StringComparison.Ordinal));
        var joinedA = answer.Rows.Any(r => r.AVotesOf is not null);
        var joinedB = answer.Rows.Any(r => r.BVotesOf is not null);
        var columns = new List<string>(PeriodColumns.For(frame.By)) { "n" };
        columns.AddRange(measures.Select(m => m.Column));
        columns.AddRange(["same", "opposite", "partial"]);
        if (wantsKappa)
        {
            columns.Add("kappa_meaningful");
        }

        if (request.Ideal)
        {
            columns.Add("ideal_distance");
        }

        if (joinedA)
        {
            columns.Add("a_votes_of");
        }

        if (joinedB)
        {
            columns.Add("b_votes_of");
        }

        var table = new ResultTable($"Agreement of {request.A.Name} and {answer.BName} in the {frame.Forum.DisplayName()}", [.. columns]);
        StateFacts(table, "a", request.A.Code, request.A.Name, frame.MergePredecessors);
        StateFacts(table, "b", answer.BCode, answer.BName, frame.MergePredecessors && request.Group is null);
        frame.Describe(table);
        table.Fact("measures", measures.Select(m => m.Column).ToList());
        if (request.Group is { } g)
        {
            table.Notes.Add($"{g.Code}: the majority of its members that voted, as of each vote's date (A left out); ties have no position.");
        }

        foreach (var r in answer.Rows)
        {
            var row = new List<object?>(PeriodColumns.Cells(frame.By, r.Period, answer.Matrix)) { r.Counts.N };
            row.AddRange(measures.Select(m => (object?)m.Value(r.Scores)));
            row.AddRange([r.Counts.Same, r.Counts.Opposite, r.Counts.Partial]);
            if (wantsKappa)
            {
                row.Add(r.KappaMeaningful);
            }

            if (request.Ideal)
            {
                row.Add(r.IdealDistance);
            }

            if (joinedA)
            {
                row.Add(r.AVotesOf);
            }

            if (joinedB)
            {
                row.Add(r.BVotesOf);
            }

            table.Add([.. row]);
        }

        if (answer.Segments is not null)
        {
            table.Fact($"{measures[0].Column}_segments", answer.Segments);
        }

        if (answer.CoverageGaps.Count > 0)
        {
            table.Fact("coverage_gaps", answer.CoverageGaps);
            table.Notes.Add($"Not every recorded vote of the frame is on record: {string.Join("; ", answer.CoverageGaps)} (concord data check --totals).");
        }

        if (request.Ideal)
        {
            table.Notes.Add(frame.By == PeriodKind.Year
                ? "ideal_distance: for the regular session that opened in that year (session N opens in September of 1945 + N), on Concord's ideal-point scale (aligned to the Bailey-Strezhnev-Voeten scale by one linear map; not BSV's published values)."
                : "ideal_distance: for the session, on Concord's ideal-point scale (aligned to the Bailey-Strezhnev-Voeten scale by one linear map; not BSV's published values).");
        }

        if (answer.Rows.Any(r => r.Counts.N < frame.MinN))
        {
            table.Notes.Add($"Periods with fewer than {frame.MinN} common votes have no value (n is shown).");
        }

        if (wantsKappa && answer.Rows.Any(r => r.Counts.N >= frame.MinN && !r.KappaMeaningful))
        {
            table.Notes.Add($"kappa_meaningful is false where either state cast one kind of vote more than {KappaReading.NearUnanimousShare:P0} of the time: kappa then collapses towards 0 however often the two agree, and says nothing about the pair.");
        }

        return table;
    }
}
