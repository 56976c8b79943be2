using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.States;

namespace Concord.Questions.Agreement;

/// <summary><c>between A B</c>: where every state stands between two others — its agreement with A, with B, and which
/// of the two it votes with more — over one period or year by year.</summary>
public sealed class BetweenQuestion : Question
{
    public static readonly string[] ByChoices = ["year", "all"];

    /// <summary>Differences closer to zero than this are "even": two equal shares computed from different counts may
    /// differ in the last bits of a double, and a sign read from that noise would be a lean that is not there.</summary>
    public const double Even = 1e-9;

    public override string Name => "between";

    public override string Summary => "Where every state stands between A and B: its agreement with each, and which it votes with more.";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("a", "First state (code or name, e.g. CHN).", Positional: true),
        new("b", "Second state (e.g. USA).", Positional: true),
        new("year", "One year (same as --from Y --to Y)."),
        new("by", "year (one row per state and year) or all (default: one row per state over the range, or the one year).", Choices: ByChoices),
        new("metric", "The measure compared: agree (default; the convention's headline measure under bsv or statedept), identical, s, kappa, pi or coincidence.", Choices: AgreementMetrics.Choices),
        .. AgreementFrame.Specs.Where(s => s.Name is not ("by" or "metric")),
    ];

    public override string FileName(QuestionArgs args) => $"between-{args.Text("a")}-{args.Text("b")}";

    /// <param name="Measure">The one measure both agreements and their difference are read in.</param>
    public sealed record Request(State A, State B, AgreementFrame Frame, (string Column, Func<AgreementScores, double?> Value) Measure);

    /// <summary>One state in one period: its common votes and agreement with A and with B.</summary>
    /// <param name="Period">Index into the frame's periods.</param>
    /// <param name="Row">The state's row in the matrix.</param>
    public sealed record Standing(int Period, int Row, int NA, double? WithA, int NB, double? WithB)
    {
        /// <summary>How much more the state agrees with A than with B; null when either agreement is not reported.</summary>
        public double? Difference => WithA is { } a && WithB is { } b ? a - b : null;

        /// <summary>"a", "b" or "even" by the sign of the difference; null with it.</summary>
        public string? Leans => Difference switch
        {
            null => null,
            > Even => "a",
            < -Even => "b",
            _ => "even",
        };
    }

    /// <param name="Absent">Over one period (not by year): the forum's members in it (UN members; in the Council, the
    /// states seated that year), by the membership register, that cast no
    /// recorded vote in it (A and B left out), in code order; null by year.</param>
    public sealed record Answer(Request Request, VoteMatrix Matrix, IReadOnlyList<Period> Periods, IReadOnlyList<Standing> Rows, IReadOnlyList<string>? Absent)
    {
        /// <summary>Assembly sessions in the frame whose record falls short of the UN Library's count.</summary>
        public IReadOnlyList<string> CoverageGaps { get; init; } = [];
    }

    public override ResultTable Ask(LoadedRecord record, QuestionArgs args) => ToTable(Run(record, Read(record, args)));

    public static Request Read(LoadedRecord record, QuestionArgs args)
    {
        var (a, b) = args.Pair();

        var by = args.Choice("by", "all", ByChoices) == "year" ? PeriodKind.Year : PeriodKind.All;
        var frame = AgreementFrame.Read(args, record, allPairs: true, by: by);
        if (args.Year("year", record) is { } y)
        {
            if (frame.From is not null || frame.To is not null)
            {
                throw new QuestionRefusal("year", "Give 'year' or 'from'/'to', not both.");
            }

            frame = frame with { From = y, To = y };
        }

        if (frame.Metric == "all")
        {
            throw new QuestionRefusal("metric", "'metric' must be one measure (not all): the difference is taken in one.");
        }

        return new Request(a, b, frame, frame.Measures[0]);
    }

    public static Answer Run(LoadedRecord record, Request request)
    {
        var frame = request.Frame;
        var matrix = record.Matrix(frame.Forum, frame.MergePredecessors);
        var rowA = AgreementRun.RowOf(matrix, request.A.Code, "a");
        var rowB = AgreementRun.RowOf(matrix, request.B.Code, "b");
        var periods = frame.Periods(record);
        var rules = frame.Convention.CoincidenceRules(matrix, periods);
        var rows = Stand(matrix, periods, rowA, rowB, frame.MinN, rules, request.Measure.Value);
        var absent = frame.By == PeriodKind.All && periods.Count == 1
            ? Absent(matrix, periods[0], rows, [request.A.Code, request.B.Code], frame.Forum, frame.MergePredecessors, MembershipRegister.Default, StateRegistry.Default)
            : null;
        var frameYears = periods.SelectMany(p => p.Columns).ToList();
        var gaps = request.Frame.Forum == Forum.GeneralAssembly && frameYears.Count > 0
            ? record.AssemblyShortfalls(matrix.Decisions[frameYears.Min()].Year, matrix.Decisions[frameYears.Max()].Year).Select(g => g.Describe()).ToList()
            : [];
        return new Answer(request, matrix, periods, rows, absent) { CoverageGaps = gaps };
    }

    /// <summary>The forum's members during a period (from its first to its last decision) that have no row in it: a state
    /// in arrears without a vote, or one whose votes the record lacks. In the General Assembly the members are the UN's;
    /// in the Security Council, the states seated in the period's years. With continued seats joined, a member is
    /// counted under its seat's holder (the USSR as Russia), as its votes are.</summary>
    /// <returns>The codes in order; null for a Council period in a year the register does not seat in full.</returns>
    public static IReadOnlyList<string>? Absent(VoteMatrix matrix, Period period, IReadOnlyList<Standing> rows, IReadOnlyList<string> leftOut, Forum forum, bool mergePredecessors, MembershipRegister register, StateRegistry registry)
    {
        if (period.Columns.Length == 0)
        {
            return [];
        }

        var first = DateOnly.MaxValue;
        var last = DateOnly.MinValue;
        foreach (var c in period.Columns)
        {
            var date = matrix.Decisions[c].Date;
            first = date < first ? date : first;
            last = date > last ? date : last;
        }

        var members = new List<string>();
        if (forum == Forum.SecurityCouncil)
        {
            for (var year = first.Year; year <= last.Year; year++)
            {
                if (!register.HasCouncilYear(year))
                {
                    return null;
                }

                members.AddRange(register.CouncilSeats(year).Select(s => s.State));
            }
        }
        else
        {
            members.AddRange(register.UnMembers.Where(m => m.Admitted <= last && (m.Left is not { } left || left >= first)).Select(m => m.State));
        }

        var present = new HashSet<string>(leftOut, StringComparer.Ordinal);
        foreach (var r in rows)
        {
            present.Add(matrix.States[r.Row]);
        }

        var absent = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            var code = mergePredecessors ? registry.SeatHolder(member) : member;
            if (!present.Contains(code))
            {
                absent.Add(code);
            }
        }

        return [.. absent];
    }

    /// <summary>Every state that voted in a period, against A and against B: one pass of each against all states, joined
    /// by period and row; A and B left out. Sorted by period, then the difference (highest first, none last), then code.</summary>
    /// <remarks>The passes keep pairs with no common vote (<c>minCommon: 0</c>) so that a state present in a period where
    /// A (or B) cast no vote still has its row, with n = 0 on that side. Where neither voted, no pass sees the period.</remarks>
    public static IReadOnlyList<Standing> Stand(VoteMatrix matrix, IReadOnlyList<Period> periods, int rowA, int rowB, int minN, IReadOnlyList<CoincidenceRule> rules, Func<AgreementScores, double?> measure)
    {
        var withA = AllPairsAgreement.OneAgainstAll(matrix, periods, rowA, minCommon: 0);
        var withB = AllPairsAgreement.OneAgainstAll(matrix, periods, rowB, minCommon: 0);
        var sides = new Dictionary<(int Period, int Row), (PairCounts? A, PairCounts? B)>();
        foreach (var p in withA)
        {
            sides[(p.Period, p.B)] = (p.Counts, null);
        }

        foreach (var p in withB)
        {
            sides[(p.Period, p.B)] = (sides.GetValueOrDefault((p.Period, p.B)).A, p.Counts);
        }

        var rows = new List<Standing>(sides.Count);
        foreach (var ((period, row), (a, b)) in sides)
        {
            if (row == rowA || row == rowB)
            {
                continue;
            }

            var ca = a ?? default;
            var cb = b ?? default;
            rows.Add(new Standing(period, row,
                ca.N, measure(AgreementScores.From(ca, minN, rules[period])),
                cb.N, measure(AgreementScores.From(cb, minN, rules[period]))));
        }

        return [.. rows
            .OrderBy(r => r.Period)
            .ThenBy(r => r.Difference is null)
            .ThenByDescending(r => r.Difference)
            .ThenBy(r => matrix.States[r.Row], StringComparer.Ordinal)];
    }

    public static ResultTable ToTable(Answer answer)
    {
        var request = answer.Request;
        var frame = request.Frame;
        var byYear = frame.By == PeriodKind.Year;
        string[] columns = ["state", "name", "n_a", "with_a", "n_b", "with_b", "difference", "leans"];
        var table = new ResultTable($"Where every state stands between {request.A.Name} and {request.B.Name} in the {frame.Forum.DisplayName()}",
            byYear ? ["year", .. columns] : columns);
        AgreementRun.StateFacts(table, "a", request.A.Code, request.A.Name, frame.MergePredecessors);
        AgreementRun.StateFacts(table, "b", request.B.Code, request.B.Name, frame.MergePredecessors);
        frame.Describe(table);
        var cols = answer.Periods.SelectMany(p => p.Columns).ToList();
        table.Fact("first_year", cols.Count > 0 ? answer.Matrix.Decisions[cols.Min()].Year : null);
        table.Fact("last_year", cols.Count > 0 ? answer.Matrix.Decisions[cols.Max()].Year : null);
        table.Fact("measure", request.Measure.Column);
        table.Fact("leaning_a", answer.Rows.Count(r => r.Leans == "a"));
        table.Fact("leaning_b", answer.Rows.Count(r => r.Leans == "b"));
        table.Fact("even", answer.Rows.Count(r => r.Leans == "even"));
        table.Fact("absent_members", answer.Absent is { } absent ? string.Join(" ", absent) : null);
        if (answer.CoverageGaps.Count > 0)
        {
            table.Fact("coverage_gaps", answer.CoverageGaps);
            table.Notes.Add($"Not every recorded vote of the frame is on record: {string.Join("; ", answer.CoverageGaps)} (concord data check --totals).");
        }

        var registry = StateRegistry.Default;
        foreach (var r in answer.Rows)
        {
            var code = answer.Matrix.States[r.Row];
            object?[] cells = [code, registry.IsKnownCode(code) ? registry[code].Name : code, r.NA, r.WithA, r.NB, r.WithB, r.Difference, r.Leans];
            table.Add(byYear ? [PeriodColumns.Cells(PeriodKind.Year, answer.Periods[r.Period], answer.Matrix)[0], .. cells] : cells);
        }

        table.Notes.Add($"with_a, with_b: {request.Measure.Column} with A and with B on their common votes; difference = with_a - with_b; leans: the one the state votes with more (a, b or even).");
        table.Notes.Add($"Every state that cast a vote in the {(byYear ? "year" : "period")} has a row (A and B left out); a state absent from it has none. Where a state shares fewer than {frame.MinN} votes with A or B, that side has no value (n is shown) and the difference none.");
        if (byYear)
        {
            table.Notes.Add("leaning_a, leaning_b and even count rows: state-years.");
        }
        else
        {
            table.Notes.Add(frame.Forum == Forum.SecurityCouncil
                ? "absent_members: states seated on the Council in the period's years (by the membership register) that cast no recorded vote in it."
                : "absent_members: UN members in the period (by the membership register) that cast no recorded vote in it.");
        }

        return table;
    }
}
