using Concord.Domain;

namespace Concord.Council;

/// <summary>The kinds of joint and divergent behaviour of two Council members that <see cref="CouncilPattern"/> counts.</summary>
public enum PatternKind
{
    JointVeto,
    AVetoedBAbstained,
    AVetoedBYes,
    BVetoedAAbstained,
    BVetoedAYes,
    CoAbstention,
    SplitVote,
    ALoneNo,
    BLoneNo,
    ALoneAbstain,
    BLoneAbstain,

    /// <summary>Both among the vetoing members of an amendment (counted apart from vetoes of drafts).</summary>
    JointAmendmentVeto,

    /// <summary>A vetoed an amendment and B did not.</summary>
    AVetoedAmendment,

    /// <summary>B vetoed an amendment and A did not.</summary>
    BVetoedAmendment,
}

/// <summary>How two members acted together on the Council, period by period, with the decisions behind every count.</summary>
/// <remarks>
/// Definitions (on decisions where both were members and votes are recorded, unless said otherwise):
/// joint veto: both among the vetoing members (veto lists, or their negative votes on a vetoed draft);
/// one vetoed while the other abstained or voted yes; co-abstention: both abstained on a resolution that was
/// adopted; split vote: one voted yes and the other no; lone no / lone abstain: the only member to vote no / to abstain.
/// An amendment is not a draft resolution: a veto of one (Russia's of S/2025/115 and S/2025/116) is counted apart,
/// in the amendment kinds, and an adopted amendment (S/2023/1023) is no adopted resolution for co-abstentions.
/// </remarks>
public static class CouncilPattern
{
    /// <param name="Unknown">Per kind, the decisions that may belong to it but cannot be told: one member vetoed and the
    /// other's vote is not on record (the member votes of most vetoes before 1994 are in no source here).</param>
    /// <param name="FirstYear">The year of the group's first decision (a group is never empty).</param>
    /// <param name="LastYear">The year of its last decision.</param>
    public sealed record PeriodCounts(string Period, int FirstYear, int LastYear, int Decisions, int BothVoted, IReadOnlyDictionary<PatternKind, List<CouncilDecision>> Cases, IReadOnlyDictionary<PatternKind, int> Unknown)
    {
        /// <summary>The decisions on record of this kind: a lower bound where <see cref="UnknownCount"/> is not 0.</summary>
        public int Count(PatternKind kind) => Cases.TryGetValue(kind, out var list) ? list.Count : 0;

        /// <summary>Decisions that may be of this kind but whose votes are not on record.</summary>
        public int UnknownCount(PatternKind kind) => Unknown.TryGetValue(kind, out var n) ? n : 0;

        /// <summary>The count where it is known; null where votes that would decide it are not on record.</summary>
        public int? KnownCount(PatternKind kind) => UnknownCount(kind) == 0 ? Count(kind) : null;

        /// <summary>The count as a reader should see it: the number, or "unknown" / "at least n" with the reason.</summary>
        public string Describe(PatternKind kind)
        {
            var unknown = UnknownCount(kind);
            var count = Count(kind);
            if (unknown == 0)
            {
                return count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var why = $"{unknown} veto{(unknown == 1 ? "" : "es")} without member votes on record";
            return count == 0 ? $"unknown ({why})" : $"at least {count} ({why})";
        }
    }

    public static readonly (string Label, int From, int To)[] DefaultPeriods =
    [
        ("1946-1971", 1946, 1971),
        ("1972-1991", 1972, 1991),
        ("1992-2000", 1992, 2000),
        ("2001-2012", 2001, 2012),
        ("2013-2021", 2013, 2021),
        ("2022-present", 2022, 9999),
    ];

    public enum Grouping
    {
        Period,
        Year,
        Topic,
    }

    public static IReadOnlyList<PeriodCounts> Compute(CouncilRecord record, string a, string b, Grouping by, int? fromYear, int? toYear)
    {
        var groups = new Dictionary<string, (int Rank, List<CouncilDecision> Decisions)>(StringComparer.Ordinal);
        foreach (var d in record.Decisions)
        {
            if ((fromYear is { } f && d.Date.Year < f) || (toYear is { } t && d.Date.Year > t))
            {
                continue;
            }

            var (label, rank) = by switch
            {
                Grouping.Year => (d.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Date.Year),
                Grouping.Topic => (d.Topic, 0),
                _ => DefaultPeriods.Select((p, i) => (p, i)).Where(x => d.Date.Year >= x.p.From && d.Date.Year <= x.p.To).Select(x => (x.p.Label, x.i)).First(),
            };
            if (!groups.TryGetValue(label, out var g))
            {
                groups[label] = g = (rank, []);
            }

            g.Decisions.Add(d);
        }

        return groups.OrderBy(g => g.Value.Rank).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Count(g.Key, g.Value.Decisions, a, b))
            .ToList();
    }

    /// <summary>Whether <paramref name="state"/> held a Council seat in <paramref name="year"/>, itself or through a
    /// predecessor whose seat it continues (the USSR's for Russia); a state not seated cast no vote to be unknown.</summary>
    private static bool Seated(string state, int year)
    {
        var register = Domain.MembershipRegister.Default;
        if (!register.HasCouncilYear(year) || register.IsCouncilMember(state, year))
        {
            return true;
        }

        var registry = States.StateRegistry.Default;
        return register.CouncilSeats(year).Any(s => registry.IsKnownCode(s.State) && registry.SeatHolder(s.State) == state);
    }

    private static PeriodCounts Count(string label, List<CouncilDecision> decisions, string a, string b)
    {
        var cases = new Dictionary<PatternKind, List<CouncilDecision>>();
        var unknown = new Dictionary<PatternKind, int>();
        void Unknown(PatternKind k) => unknown[k] = unknown.GetValueOrDefault(k) + 1;
        void Add(PatternKind k, CouncilDecision d)
        {
            if (!cases.TryGetValue(k, out var list))
            {
                cases[k] = list = [];
            }

            list.Add(d);
        }

        var bothVoted = 0;
        foreach (var d in decisions)
        {
            var va = d.VoteOf(a);
            var vb = d.VoteOf(b);
            var amendment = d.Kind == DecisionKind.Amendment;
            var aVetoed = d.Outcome == DecisionOutcome.Vetoed && d.Vetoers.Contains(a);
            var bVetoed = d.Outcome == DecisionOutcome.Vetoed && d.Vetoers.Contains(b);
            if (amendment && (aVetoed || bVetoed))
            {
                Add(aVetoed && bVetoed ? PatternKind.JointAmendmentVeto : aVetoed ? PatternKind.AVetoedAmendment : PatternKind.BVetoedAmendment, d);
            }
            else if (aVetoed && bVetoed)
            {
                Add(PatternKind.JointVeto, d);
            }
            else if (aVetoed && vb == Vote.Abstain)
            {
                Add(PatternKind.AVetoedBAbstained, d);
            }
            else if (aVetoed && vb == Vote.Yes)
            {
                Add(PatternKind.AVetoedBYes, d);
            }
            else if (bVetoed && va == Vote.Abstain)
            {
                Add(PatternKind.BVetoedAAbstained, d);
            }
            else if (bVetoed && va == Vote.Yes)
            {
                Add(PatternKind.BVetoedAYes, d);
            }
            else if (aVetoed && vb == Vote.Absent && d.Votes.Count == 0 && Seated(b, d.Date.Year))
            {
                // B may have voted yes or abstained (or been absent): the record cannot say, so neither count may claim it.
                Unknown(PatternKind.AVetoedBAbstained);
                Unknown(PatternKind.AVetoedBYes);
            }
            else if (bVetoed && va == Vote.Absent && d.Votes.Count == 0 && Seated(a, d.Date.Year))
            {
                Unknown(PatternKind.BVetoedAAbstained);
                Unknown(PatternKind.BVetoedAYes);
            }

            if (!va.IsCast() || !vb.IsCast())
            {
                continue;
            }

            bothVoted++;
            if (va == Vote.Abstain && vb == Vote.Abstain && d.Outcome == DecisionOutcome.Adopted && d.Kind == DecisionKind.Resolution)
            {
                Add(PatternKind.CoAbstention, d);
            }

            if ((va == Vote.Yes && vb == Vote.No) || (va == Vote.No && vb == Vote.Yes))
            {
                Add(PatternKind.SplitVote, d);
            }

            var noes = d.Votes.Count(v => v.Value == Vote.No);
            var abstentions = d.Votes.Count(v => v.Value == Vote.Abstain);
            if (va == Vote.No && noes == 1)
            {
                Add(PatternKind.ALoneNo, d);
            }

            if (vb == Vote.No && noes == 1)
            {
                Add(PatternKind.BLoneNo, d);
            }

            if (va == Vote.Abstain && abstentions == 1)
            {
                Add(PatternKind.ALoneAbstain, d);
            }

            if (vb == Vote.Abstain && abstentions == 1)
            {
                Add(PatternKind.BLoneAbstain, d);
            }
        }

        return new PeriodCounts(label, decisions.Min(d => d.Date.Year), decisions.Max(d => d.Date.Year), decisions.Count, bothVoted, cases, unknown);
    }
}
