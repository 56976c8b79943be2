using Concord.Council;
using Concord.Domain;
using Concord.Sources;

namespace Concord.Invariants;

/// <summary>The invariants every decision of the record must satisfy, checked in one place.</summary>
/// <remarks>
/// Two kinds of check. <see cref="CheckSourceRecord"/> reads what one source says about one decision before it is
/// merged with the others: a source whose own statement breaks an invariant is not trusted for that decision's votes,
/// so the votes of a source that satisfies the invariant win (see <see cref="Reconciliation.Reconciler"/>).
/// <see cref="CheckDecision"/> reads the merged decision. The repairs that need the whole record (meeting dates,
/// duplicate vetoes, separate votes) live beside this class, one file each.
/// <list type="bullet">
/// <item>Voters are members on the day: admitted to the UN (Assembly), seated that year (Council), from the
/// membership register, never from the votes themselves.</item>
/// <item>A record's votes agree with what the same record states: its tally, "adopted unanimously", its outcome
/// (adopted needs the affirmative votes and no permanent member's no; vetoed needs a permanent member's no).</item>
/// <item>No Council member votes against the draft it submitted.</item>
/// <item>A published tally equals the member votes counted, where both are on record.</item>
/// <item>"Vetoed" needs a permanent member's no and enough yes votes to pass otherwise (9; 7 before 1966),
/// else the draft failed (<see cref="CouncilRules.Classify"/>).</item>
/// <item>All decisions of one meeting share its date (<see cref="MeetingDates"/>); no draft is vetoed twice
/// (<see cref="DuplicateVetoes"/>); a decision and its separate votes are distinct (<see cref="SeparateVotes"/>).</item>
/// </list>
/// </remarks>
public sealed class RecordInvariants(MembershipRegister register)
{
    private static readonly Lazy<RecordInvariants> s_default = new(() => new RecordInvariants(MembershipRegister.Default));

    /// <summary>The invariants over the built-in membership register.</summary>
    public static RecordInvariants Default => s_default.Value;

    public MembershipRegister Register => register;

    /// <summary>One problem in one source's record of a decision.</summary>
    /// <param name="State">The member whose vote is at fault, or null when the record as a whole is.</param>
    /// <param name="OnTally">The record's stated tally and its own lists disagree: either may be the slip, and the other
    /// sources decide which (<see cref="Reconciliation.Reconciler"/>).</param>
    public readonly record struct Finding(InvariantClass Class, string? State, string Detail, bool OnTally = false);

    /// <summary>What one source says about one decision, checked on its own.</summary>
    /// <param name="date">The decision's date (the source's own, or the matched decision's for an undated source).</param>
    /// <param name="sponsors">The states that submitted the draft, by the best source that says.</param>
    /// <remarks>Assembly membership is checked on the merged decision instead (<see cref="IsMember"/>): unvotes often dates a
    /// roll call by its committee vote, before the plenary in which a new member voted, and only the merged date is the UN's.</remarks>
    public List<Finding> CheckSourceRecord(SourceDecision d, DateOnly date, IReadOnlyCollection<string> sponsors)
    {
        var findings = new List<Finding>();
        if (d.Forum == Forum.SecurityCouncil && d.RecordedVote && d.Votes.Count > 0)
        {
            CheckCouncilSeats(d, date, findings);
            CheckAgainstOwnStatement(d, date, findings);
            CheckSponsors(d, sponsors, findings);
        }

        return findings;
    }

    /// <summary>Whether <paramref name="state"/> could vote in <paramref name="forum"/> on <paramref name="date"/>: admitted to
    /// the UN that day (Assembly), seated that year (Council; years the register does not cover pass).</summary>
    public bool IsMember(Forum forum, string state, DateOnly date) => forum == Forum.GeneralAssembly
        ? register.IsUnMember(state, date)
        : !register.HasCouncilYear(date.Year) || register.IsCouncilMember(state, date.Year);

    /// <summary>Why a state was not a member that day, in words.</summary>
    public string NotMemberDetail(Forum forum, string state, DateOnly date)
    {
        if (forum == Forum.SecurityCouncil)
        {
            return $"{state} is recorded voting but did not sit on the Council in {date.Year}";
        }

        var periods = register.MembershipsOf(state);
        var when = periods.Count == 0 ? "never a member" : string.Join("; ", periods.Select(p => p.Left is { } left ? $"member {p.Admitted:yyyy-MM-dd} to {left:yyyy-MM-dd}" : $"admitted {p.Admitted:yyyy-MM-dd}"));
        return $"{state} is recorded voting on {date:yyyy-MM-dd} but was not a UN member that day ({when})";
    }

    /// <summary>Whether a published tally and the member votes counted disagree (null when they agree or one is missing).</summary>
    public static string? CheckTally(Tally? tally, Tally counted, bool recordedVote)
    {
        if (!recordedVote || tally is not { } t || counted.Yes + counted.No + counted.Abstain == 0 || (t.Yes, t.No, t.Abstain) == (counted.Yes, counted.No, counted.Abstain))
        {
            return null;
        }

        return $"the tally {t} differs from the member votes counted, {counted}";
    }

    private void CheckCouncilSeats(SourceDecision d, DateOnly date, List<Finding> findings)
    {
        foreach (var v in d.Votes)
        {
            if (!IsMember(Forum.SecurityCouncil, v.State, date))
            {
                findings.Add(new Finding(InvariantClass.VoterNotMember, v.State, NotMemberDetail(Forum.SecurityCouncil, v.State, date)));
            }
        }
    }

    private static void CheckAgainstOwnStatement(SourceDecision d, DateOnly date, List<Finding> findings)
    {
        int yes = 0, no = 0, abstain = 0;
        var permanentNo = false;
        var counted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in d.Votes)
        {
            // A member listed twice (a repeated line) is one vote, as the merge keeps it.
            if (!counted.Add(v.State))
            {
                continue;
            }

            switch (v.Vote)
            {
                case Vote.Yes: yes++; break;
                case Vote.Abstain: abstain++; break;
                case Vote.No:
                    no++;
                    permanentNo |= CouncilRules.IsPermanent(v.State, date);
                    break;
            }
        }

        if (d.StatedUnanimous && (no > 0 || abstain > 0))
        {
            findings.Add(new Finding(InvariantClass.VotesContradictRecord, null, $"the record says 'adopted unanimously' but lists {no} no and {abstain} abstaining"));
        }

        if (d.Tally is { } t && !d.TallyFromVotes && (t.Yes, t.No, t.Abstain) != (yes, no, abstain))
        {
            findings.Add(new Finding(InvariantClass.VotesContradictRecord, null, $"the record states the tally {t} but its member lists give {yes}-{no}-{abstain}", OnTally: true));
        }

        // Outcome checks need the whole vote (a record missing more than one member proves nothing) and a source whose
        // outcome is its own statement: the UN's files list adopted resolutions, and early procedural ones were
        // adopted over a permanent member's negative vote, as procedural decisions may be.
        if (counted.Count < CouncilRules.Members(date) - 1 || d.Source != SourceId.ScDraftVotes)
        {
            return;
        }

        var required = CouncilRules.RequiredYes(date);
        var problem = d.Outcome switch
        {
            DecisionOutcome.Adopted when yes < required => $"the record says adopted but lists only {yes} affirmative votes ({required} needed)",
            DecisionOutcome.Adopted when permanentNo => "the record says adopted but lists a permanent member voting no",
            DecisionOutcome.Vetoed when !permanentNo => "the record says vetoed but lists no permanent member voting no",
            DecisionOutcome.Failed when yes >= required && !permanentNo => $"the record says failed but lists {yes} affirmative votes and no permanent member's no",
            _ => null,
        };
        if (problem is not null)
        {
            findings.Add(new Finding(InvariantClass.VotesContradictRecord, null, problem));
        }
    }

    private static void CheckSponsors(SourceDecision d, IReadOnlyCollection<string> sponsors, List<Finding> findings)
    {
        foreach (var v in d.Votes)
        {
            if (v.Vote == Vote.No && sponsors.Contains(v.State))
            {
                findings.Add(new Finding(InvariantClass.SponsorVotedAgainst, v.State, $"{v.State} submitted the draft but is recorded voting against it"));
            }
        }
    }
}
