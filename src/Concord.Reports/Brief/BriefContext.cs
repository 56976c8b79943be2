using Concord.Questions.Council;
using System.Globalization;
using Concord.Analysis.Agreement;
using Concord.Council;
using Concord.Domain;
using Concord.Questions;
using Concord.Questions.Agreement;
using Concord.Reports.Text;
using Concord.States;

namespace Concord.Reports.Brief;

/// <summary>What every section of a brief reads: the request, the names the reader uses, the frame, and the answers of
/// the questions several sections share (the pair's Assembly agreement, the yardsticks, the Council's vetoes), each
/// asked once.</summary>
internal sealed class BriefContext
{
    public static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Fewest common votes for an agreement to be stated (as <c>agree</c>'s default).</summary>
    public const int MinN = 10;

    private readonly Lazy<AgreementRun.Answer> _overall;
    private readonly Lazy<AgreementRun.Answer> _yearly;
    private readonly Lazy<Yardsticks> _yardsticks;
    private readonly Lazy<IReadOnlyList<CouncilDecision>> _vetoes;
    private readonly Lazy<DateOnly> _lastRecord;

    public BriefContext(LoadedRecord record, BriefRequest request)
    {
        Record = record;
        Request = request;
        _overall = new(() => Agreement(Frame(Forum.GeneralAssembly, PeriodKind.All, From, To)));
        _yearly = new(() => Agreement(Frame(Forum.GeneralAssembly, PeriodKind.Year, From, To)));
        _yardsticks = new(() => Yardsticks.Compute(this));
        _lastRecord = new(() =>
        {
            var last = record.LastVote;
            var council = Council.Decisions.Count > 0 ? Council.Decisions.Max(d => d.Date) : default;
            var latest = council > last ? council : last;
            var end = new DateOnly(To, 12, 31);
            return latest > end ? end : latest;
        });
        // The vetoes question's typed answer: every veto cast by either, in the brief's years (predecessors merged).
        _vetoes = new(() => VetoesQuestion.Run(Record, new VetoesQuestion.Request(IsStatePair ? [A.Code, B!.Code] : [A.Code], Joint: false, From, To, null, IssueSet.None, MergePredecessors: true)).Vetoes);
    }

    public LoadedRecord Record { get; }

    public BriefRequest Request { get; }

    public State A => Request.A;

    /// <summary>The second state, or null in a brief on a state and a group.</summary>
    public State? B => Request.B;

    public StateGroup? Group => Request.Group;

    public bool IsStatePair => Request.B is not null;

    public int From => Request.From;

    public int To => Request.To;

    /// <summary>"China", "the United States".</summary>
    public string NameA => ReaderNames.InProse(A);

    /// <summary>"Russia", or a group's name in prose ("the European Union").</summary>
    public string NameB => B is { } b ? ReaderNames.InProse(b) : ReaderNames.GroupInProse(Group!);

    /// <summary>"China" at the start of a sentence ("The United States").</summary>
    public string AtStartA => ReaderNames.AtStart(A);

    /// <summary>Names for chart legends and table heads: "China", "Russia", "European Union (majority)".</summary>
    public string LabelA => ReaderNames.Label(A);

    public string LabelB => B is { } b ? ReaderNames.Label(b) : ReaderNames.GroupLabel(Group!) + " (majority)";

    public string PairLabel => $"{LabelA}–{(B is { } b ? ReaderNames.Label(b) : ReaderNames.GroupLabel(Group!))}";

    /// <summary>"1992–2026".</summary>
    public string Span => From == To ? From.ToString(Inv) : string.Create(Inv, $"{From}–{To}");

    /// <summary>
    /// The years of the frame in which the pair shared a recorded Assembly vote ("2011–2026" for South Sudan, "2010–2026"
    /// for BRICS): what the Assembly's counts cover, narrower than <see cref="Span"/> when a state joined, or a group
    /// first took a position, after the frame opened; <see cref="Span"/> when they shared none.
    /// </summary>
    public string AssemblySpan
    {
        get
        {
            int? first = null, last = null;
            foreach (var row in Yearly.Rows)
            {
                if (row.Counts.N > 0 && int.TryParse(row.Period.Label, NumberStyles.Integer, Inv, out var year))
                {
                    first = first is { } f && f < year ? f : year;
                    last = last is { } l && l > year ? l : year;
                }
            }

            return (first, last) switch
            {
                ({ } f, { } l) when f == l => f.ToString(Inv),
                ({ } f, { } l) => string.Create(Inv, $"{f}–{l}"),
                _ => Span,
            };
        }
    }

    public CouncilRecord Council => Record.Council(true);

    public VoteMatrix Assembly => Record.Matrix(Forum.GeneralAssembly, true);

    /// <summary>The pair's Assembly agreement over the whole frame.</summary>
    public AgreementScores Overall => _overall.Value.Rows is [var one] ? one.Scores : default;

    /// <summary>The pair's Assembly agreement by year.</summary>
    public AgreementRun.Answer Yearly => _yearly.Value;

    public Yardsticks Yardsticks => _yardsticks.Value;

    /// <summary>Every veto either state (the state, in a brief on a group) cast in the frame, oldest first.</summary>
    public IReadOnlyList<CouncilDecision> Vetoes => _vetoes.Value;

    /// <summary>The date of the last vote on record in either forum, within the frame.</summary>
    public DateOnly LastRecord => _lastRecord.Value;

    /// <summary>The start of "the last twelve months" (exclusive): every section's recent changes are counted after it.</summary>
    public DateOnly RecentFrom => LastRecord.AddMonths(-12);

    /// <summary>Whether a state held a permanent seat at any time of the frame (its veto columns mean something).</summary>
    public bool IsPermanent(State s) => CouncilRules.IsPermanent(s.Code, new DateOnly(To, 1, 1)) || CouncilRules.IsPermanent(s.Code, new DateOnly(From, 1, 1));

    /// <summary>The brief's frame: every recorded vote, predecessors joined, min n 10, every measure.</summary>
    public static AgreementFrame Frame(Forum forum, PeriodKind by, int from, int to) =>
        new(forum, true, by, AgreementConvention.All, Domain.IssueSet.None, from, to, MinN, "all");

    /// <summary>The pair's agreement question (a group's majority in place of B where the brief is on a group).</summary>
    public AgreementRun.Answer Agreement(AgreementFrame frame) =>
        AgreementRun.Run(Record, new AgreementRun.Request(A, B, Group, frame));

    /// <summary>Any two states' agreement question in a frame; empty when either cast no vote in the forum.</summary>
    public List<(int Year, AgreementScores Scores)> PairByPeriod(State x, State y, AgreementFrame frame)
    {
        var m = Record.Matrix(frame.Forum, frame.MergePredecessors);
        if (!m.TryRowOf(x.Code, out _) || !m.TryRowOf(y.Code, out _))
        {
            return [];
        }

        return AgreementRun.Run(Record, new AgreementRun.Request(x, y, null, frame)).Rows
            .Select(r => (frame.By == PeriodKind.Year ? int.Parse(r.Period.Label, Inv) : 0, r.Scores)).ToList();
    }

    /// <summary>"83%": an agreement as a reader expects it, a percentage.</summary>
    public static string Percent(double? value) => value is { } v ? Math.Round(v * 100, MidpointRounding.AwayFromZero).ToString("0", Inv) + "%" : "—";

    /// <summary>"; the record lacks some votes of session 80 (...)" where the frame holds a session whose record falls short of the UN Library's count.</summary>
    public string Shortfalls(int from, int to)
    {
        var gaps = Record.AssemblyShortfalls(from, to);
        return gaps.Count == 0 ? "" : "; the record lacks some votes of " + string.Join(" and of ", gaps.Select(g => g.Describe()));
    }

    /// <summary>The year of the last record when the record stops before that year's end and the brief reaches it; else null.</summary>
    public int? PartialYear(DateOnly last) =>
        last != default && last.Year == To && last < new DateOnly(last.Year, 12, 31) ? last.Year : null;

    public static string PartialNote(DateOnly last, int? partial) =>
        partial is { } y ? string.Create(Inv, $"; the last vote on record is of {last:d MMM yyyy}, so {y} is a partial year (shaded)") : "";

    /// <summary>A state named in prose from its code, or the code when the registry does not know it.</summary>
    public static string Prose(string code) =>
        StateRegistry.Default.IsKnownCode(code) ? ReaderNames.InProse(StateRegistry.Default[code]) : code;

    /// <summary>"China, Russia and India".</summary>
    public static string And(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
