using System.Globalization;
using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.Sponsorships;
using Concord.States;
using Concord.Store;

namespace Concord.Questions.Sponsorship;

/// <summary><c>cosponsor A B</c>: who drafts with whom in the General Assembly. By session, the texts each sponsored,
/// the texts both sponsored and their share of the texts either sponsored, and the texts one sponsored while the other
/// voted against; with <c>list</c>, the texts themselves. Only the sessions with sponsor lists on record (74–80) count,
/// and every answer says so.</summary>
/// <remarks>A state counts as a sponsor when it sponsored in its own name, first or as an additional sponsor; a state
/// speaking for a group (the Group of 77 and China) acts for the group, not for itself, and is left out. Beside those,
/// the answer counts the texts each sponsored only as a member of a group that sponsored them (<c>a_through_group</c>:
/// China for every text of the Group of 77 and China it did not also sponsor itself), by <see cref="SponsorGroups"/>.</remarks>
public sealed class CosponsorQuestion : Question
{
    public static readonly string[] ListChoices = ["joint", "a-sponsored-b-against", "b-sponsored-a-against"];

    /// <summary>How many co-sponsors of each state the answer names.</summary>
    private const int Partners = 8;

    public override string Name => "cosponsor";

    public override string Summary => "Who drafts with whom: General Assembly texts two states sponsored together, or one sponsored and the other voted against, by session (sponsor lists of sessions 74-80).";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("a", "First state (code or name).", Positional: true),
        new("b", "Second state.", Positional: true),
        AgreementFrame.FromSpec,
        AgreementFrame.ToSpec,
        AgreementFrame.IssueSpec,
        new("list", "List the texts instead of the counts: joint (both sponsored), a-sponsored-b-against, b-sponsored-a-against.", Choices: ListChoices),
    ];

    public override string FileName(QuestionArgs args) => $"cosponsor-{args.Text("a")}-{args.Text("b")}";

    public sealed record Request(State A, State B, int? From, int? To, IssueSet Issue, string? List);

    /// <summary>One covered text, with whether each state sponsored it and how each voted (null: no recorded vote).</summary>
    /// <remarks><see cref="AThroughGroup"/>: A did not sponsor it in its own name but a group A belongs to did (the
    /// groups that did are <see cref="Groups"/>).</remarks>
    public sealed record Text(int DecisionId, string? Symbol, DateOnly? Date, string Session, bool ASponsored, bool BSponsored, Vote? VoteA, Vote? VoteB)
    {
        public bool AThroughGroup { get; init; }

        public bool BThroughGroup { get; init; }

        public IReadOnlyList<string> Groups { get; init; } = [];
    }

    public sealed record Answer(Request Request, IReadOnlyList<Text> Texts, IReadOnlyList<(string State, int Texts)> PartnersOfA, IReadOnlyList<(string State, int Texts)> PartnersOfB, string Coverage);

    public override ResultTable Ask(LoadedRecord record, QuestionArgs args) => ToTable(record, Run(record, Read(record, args)));

    public static Request Read(LoadedRecord record, QuestionArgs args)
    {
        var (a, b) = args.Pair();

        var (from, to) = args.Years(record);
        return new Request(a, b, from, to, args.Issue(), args.Choice("list", null, ListChoices));
    }

    public static Answer Run(LoadedRecord record, Request r)
    {
        var (sets, coverage) = record.Sponsorships;
        var inIssue = r.Issue == IssueSet.None ? null : record.DecisionsIn(IssueSets.Code(r.Issue));
        var matrix = record.Matrix(Forum.GeneralAssembly, mergePredecessors: true);
        var column = new Dictionary<int, int>(matrix.Columns);
        for (var c = 0; c < matrix.Columns; c++)
        {
            column[matrix.Decisions[c].DecisionId] = c;
        }

        var rowA = matrix.TryRowOf(r.A.Code, out var ra) ? ra : -1;
        var rowB = matrix.TryRowOf(r.B.Code, out var rb) ? rb : -1;
        Vote? VoteOf(int row, int decision) => row >= 0 && column.TryGetValue(decision, out var c) && matrix[row, c] != Vote.Absent ? matrix[row, c] : null;
        var texts = new List<Text>();
        var partnersA = new Dictionary<string, int>(StringComparer.Ordinal);
        var partnersB = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sets)
        {
            if ((r.From is { } f && s.Date?.Year < f) || (r.To is { } t && s.Date?.Year > t) || (inIssue is not null && !inIssue.Contains(s.DecisionId)))
            {
                continue;
            }

            var aSponsored = Contains(s.States, r.A.Code);
            var bSponsored = Contains(s.States, r.B.Code);
            texts.Add(new Text(s.DecisionId, s.Symbol, s.Date, s.Session ?? "?", aSponsored, bSponsored, VoteOf(rowA, s.DecisionId), VoteOf(rowB, s.DecisionId))
            {
                AThroughGroup = s.ThroughGroup(r.A.Code),
                BThroughGroup = s.ThroughGroup(r.B.Code),
                Groups = s.Groups,
            });
            Count(aSponsored, s.States, r.A.Code, partnersA);
            Count(bSponsored, s.States, r.B.Code, partnersB);
        }

        return new Answer(r, texts, Top(partnersA), Top(partnersB), coverage);
    }

    private static bool Contains(IReadOnlyList<string> states, string code)
    {
        foreach (var s in states)
        {
            if (s == code)
            {
                return true;
            }
        }

        return false;
    }

    private static void Count(bool sponsored, IReadOnlyList<string> states, string self, Dictionary<string, int> partners)
    {
        if (!sponsored)
        {
            return;
        }

        foreach (var s in states)
        {
            if (s != self)
            {
                partners[s] = partners.GetValueOrDefault(s) + 1;
            }
        }
    }

    private static List<(string State, int Texts)> Top(Dictionary<string, int> partners) =>
        [.. partners.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(Partners).Select(p => (p.Key, p.Value))];

    public static ResultTable ToTable(LoadedRecord record, Answer answer)
    {
        var r = answer.Request;
        var texts = answer.Texts;
        ResultTable table;
        if (r.List is { } list)
        {
            var shown = list switch
            {
                "joint" => texts.Where(t => t.ASponsored && t.BSponsored),
                "a-sponsored-b-against" => texts.Where(t => t.ASponsored && t.VoteB == Vote.No),
                _ => texts.Where(t => t.BSponsored && t.VoteA == Vote.No),
            };
            var rows = shown.OrderBy(t => t.Date).ThenBy(t => t.Symbol, StringComparer.Ordinal).ToList();
            var titles = record.Read(db => DecisionSummaryTable.ByIds(db, rows.Select(t => t.DecisionId)));
            table = new ResultTable(list switch
            {
                "joint" => $"General Assembly texts {r.A.Name} and {r.B.Name} both sponsored",
                "a-sponsored-b-against" => $"Texts {r.A.Name} sponsored and {r.B.Name} voted against",
                _ => $"Texts {r.B.Name} sponsored and {r.A.Name} voted against",
            }, "session", "date", "symbol", "title", "a_sponsored", "b_sponsored", "vote_a", "vote_b");
            Facts(table, answer);
            foreach (var t in rows)
            {
                table.Add(t.Session, t.Date, t.Symbol, titles.GetValueOrDefault(t.DecisionId)?.Title, t.ASponsored, t.BSponsored, t.VoteA?.Label(), t.VoteB?.Label());
            }

            table.Notes.Add($"vote_a / vote_b: the recorded vote; empty where the text was adopted without a vote. Sponsor lists: {answer.Coverage}.");
            return table;
        }

        table = new ResultTable($"Co-sponsorship of {r.A.Name} and {r.B.Name} in the General Assembly, by session",
            "session", "texts", "a_sponsored", "b_sponsored", "both", "joint_share", "a_sponsored_b_against", "b_sponsored_a_against",
            "a_through_group", "b_through_group");
        Facts(table, answer);
        foreach (var g in texts.GroupBy(t => t.Session).OrderBy(g => SessionRank(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var (sa, sb, both) = (g.Count(t => t.ASponsored), g.Count(t => t.BSponsored), g.Count(t => t.ASponsored && t.BSponsored));
            var either = sa + sb - both;
            table.Add(SessionCell(g.Key), g.Count(), sa, sb, both, either == 0 ? null : (double)both / either,
                g.Count(t => t.ASponsored && t.VoteB == Vote.No), g.Count(t => t.BSponsored && t.VoteA == Vote.No),
                g.Count(t => t.AThroughGroup), g.Count(t => t.BThroughGroup));
        }

        table.Notes.Add($"texts: resolutions with sponsor lists on record ({answer.Coverage}); joint_share: texts both sponsored over texts either sponsored. A state sponsoring for a group is not counted as sponsoring itself; a_through_group / b_through_group: texts the state did not sponsor in its own name but a group it belongs to did (the Group of 77 and China, the Non-Aligned Movement...; membership in src/Concord.Core/Reference/sponsor_groups.csv). List the texts with list=joint, a-sponsored-b-against or b-sponsored-a-against.");
        return table;
    }

    private static void Facts(ResultTable table, Answer answer)
    {
        var r = answer.Request;
        var texts = answer.Texts;
        table.Fact("a", r.A.Code);
        table.Fact("a_name", r.A.Name);
        table.Fact("b", r.B.Code);
        table.Fact("b_name", r.B.Name);
        table.Fact("from", r.From);
        table.Fact("to", r.To);
        table.Fact("issue", r.Issue == IssueSet.None ? null : IssueSets.Code(r.Issue));
        table.Fact("list", r.List);
        table.Fact("coverage", answer.Coverage);
        table.Fact("texts", texts.Count);
        table.Fact("a_sponsored", texts.Count(t => t.ASponsored));
        table.Fact("b_sponsored", texts.Count(t => t.BSponsored));
        table.Fact("both_sponsored", texts.Count(t => t.ASponsored && t.BSponsored));
        table.Fact("a_through_group", texts.Count(t => t.AThroughGroup));
        table.Fact("b_through_group", texts.Count(t => t.BThroughGroup));
        table.Fact("a_through_group_by_group", ByGroup(texts.Where(t => t.AThroughGroup), r.A.Code));
        table.Fact("b_through_group_by_group", ByGroup(texts.Where(t => t.BThroughGroup), r.B.Code));
        table.Fact("a_top_cosponsors", answer.PartnersOfA.Select(p => $"{p.State} {p.Texts}").ToList());
        table.Fact("b_top_cosponsors", answer.PartnersOfB.Select(p => $"{p.State} {p.Texts}").ToList());
    }

    /// <summary>Texts per group the state sponsored them through ("G77 96"), most first; a text two of its groups
    /// sponsored counts for each.</summary>
    private static List<string> ByGroup(IEnumerable<Text> texts, string state) =>
        [.. texts.SelectMany(t => t.Groups.Where(g => SponsorGroups.IsMember(g, state, t.Date)))
            .GroupBy(g => g, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()}")];

    /// <summary>Regular sessions in number order first, then the emergency and special sessions.</summary>
    private static int SessionRank(string session) => int.TryParse(session, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;

    /// <summary>A regular session as a number; ES-10 and S-32 as written.</summary>
    private static object SessionCell(string session) => int.TryParse(session, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : session;
}
