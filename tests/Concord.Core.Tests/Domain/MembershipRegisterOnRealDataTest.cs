using Concord.Domain;
using Concord.Sources;
using Concord.States;

namespace Concord.Tests.Domain;

/// <summary>The shipped register, and the register checked against the UN's own vote records (a check, not a derivation).</summary>
public sealed class MembershipRegisterOnRealDataTest
{
    private static readonly MembershipRegister s_register = MembershipRegister.Default;
    private static readonly string s_dataDir = RealDataDatabase.FindDataDir();
    private static readonly Lazy<SourceBatch> s_wide = new(() => new UndlWideReader(StateRegistry.Default).Read(s_dataDir));
    private static readonly Lazy<SourceBatch> s_dgacmSc = new(() => new DgacmReader(StateRegistry.Default).ReadSecurityCouncil(s_dataDir));
    private static readonly Lazy<SourceBatch> s_dgacmGa = new(() => new DgacmReader(StateRegistry.Default).ReadGeneralAssembly(s_dataDir));
    private static readonly Lazy<SourceBatch> s_unvotes = new(() => new UnvotesReader(StateRegistry.Default).Read(s_dataDir));

    /// <summary>The one Council record of the DGACM files whose date is not its year's: S/RES/2423 (2018) carries a 2016 date (data README 1.5).</summary>
    private static readonly HashSet<string> s_misdatedCouncilRecords = ["S/RES/2423(2018)"];

    /// <summary>Seated members with no vote in a year's records, and why.</summary>
    private static readonly Dictionary<(int Year, string State), string> s_seatedWithoutVote = new()
    {
        [(1991, "RUS")] = "took the USSR's seat on 24 December 1991, after the year's last resolution",
    };

    [Fact]
    public void Default_CoversTheCouncilFrom1946ThroughTheCurrentYear()
    {
        Assert.Equal(1946, s_register.FirstCouncilYear);
        Assert.True(s_register.HasCouncilYear(DateTime.UtcNow.Year));
        Assert.False(s_register.HasCouncilYear(1945));
        Assert.False(s_register.HasCouncilYear(s_register.LastCouncilYear + 1));
        Assert.Empty(s_register.CouncilSeats(s_register.LastCouncilYear + 1));
    }

    [Fact]
    public void Default_EveryCouncilYearHasElevenSeatsBefore1966AndFifteenFrom1966()
    {
        for (var year = s_register.FirstCouncilYear; year <= s_register.LastCouncilYear; year++)
        {
            // Given the year's seat holders of each kind, less those succeeded within the year (the China seat 1971, the USSR's 1991, Yemen's 1990)
            var seats = s_register.CouncilSeats(year);
            var permanent = Distinct(seats, CouncilSeatKind.Permanent, year);
            var elected = Distinct(seats, CouncilSeatKind.Elected, year);

            // Then the Council has its size, five of them permanent, and the permanent seats come first
            Assert.Equal(5, permanent);
            Assert.Equal(year < 1966 ? 6 : 10, elected);
            Assert.True(seats.SkipWhile(s => s.Seat == CouncilSeatKind.Permanent).All(s => s.Seat == CouncilSeatKind.Elected), $"{year}: permanent seats first");
        }
    }

    private static int Distinct(IReadOnlyList<CouncilSeat> seats, CouncilSeatKind kind, int year)
    {
        var holders = seats.Where(s => s.Seat == kind).Select(s => s.State).ToHashSet();
        return holders.Count - StateRegistry.Default.Successions.Count(s => s.From.Year == year && holders.Contains(s.Predecessor) && holders.Contains(s.State));
    }

    [Fact]
    public void Default_EverySeatHolderIsAUnMemberInEachYearOfItsSeat()
    {
        foreach (var seat in s_register.Seats)
        {
            for (var year = seat.FromYear; year <= Math.Min(seat.ToYear ?? s_register.LastCouncilYear, s_register.LastCouncilYear); year++)
            {
                Assert.True(s_register.MembershipsOf(seat.State).Any(m => m.Touches(year)), $"{seat.State} sits in {year}");
            }
        }
    }

    [Fact]
    public void Default_SuccessorsTakeOverTheDayAfterTheirPredecessorsLeave()
    {
        // Given the successions Concord codes the votes by (states.csv, successions.csv)
        foreach (var s in StateRegistry.Default.Successions.Where(s => s.Kind is SuccessionKind.Continuation or SuccessionKind.SeatTransfer or SuccessionKind.Merger))
        {
            // Then the predecessor's last membership ends the day before the succession, and the successor is a member that day
            var last = s_register.MembershipsOf(s.Predecessor).Max(m => m.Left);
            Assert.Equal(s.From.AddDays(-1), last);
            Assert.True(s_register.IsUnMember(s.State, s.From), $"{s.State} on {s.From}");
        }
    }

    [Fact]
    public void CouncilOf1995_IsExactlyTheStatesVotingInThe1995Records()
    {
        var voters = CouncilVoters(s_wide.Value)[1995];

        Assert.Equal(voters.Keys.Order(), s_register.CouncilSeats(1995).Select(s => s.State).Order());
    }

    [Fact]
    public void CouncilOf2019_IsExactlyTheStatesVotingInTheDgacm2019Records()
    {
        var voters = CouncilVoters(s_dgacmSc.Value)[2019];

        Assert.Equal(voters.Keys.Order(), s_register.CouncilSeats(2019).Select(s => s.State).Order());
    }

    [Fact]
    public void WideFileCouncilRows_EveryVoterIsSeatedAndEverySeatedMemberVotes_ExceptTheListed()
    {
        CheckCouncil(CouncilVoters(s_wide.Value));
    }

    [Fact]
    public void DgacmCouncilFiles_EveryVoterIsSeatedAndEverySeatedMemberVotes_ExceptTheListed()
    {
        // Given the misdated record, When it is looked up, Then it is there and dated outside its year (else the exception is stale)
        var misdated = s_dgacmSc.Value.Decisions.Where(d => s_misdatedCouncilRecords.Contains(d.Symbol!)).ToList();
        Assert.NotEmpty(misdated);
        Assert.All(misdated, d => Assert.NotEqual(d.Symbol![^5..^1], d.Date!.Value.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        CheckCouncil(CouncilVoters(s_dgacmSc.Value));
    }

    private static void CheckCouncil(Dictionary<int, Dictionary<string, int>> voters)
    {
        var unexplained = new List<string>();
        foreach (var (year, byState) in voters)
        {
            Assert.True(s_register.HasCouncilYear(year), $"{year} is covered");
            var seated = s_register.CouncilSeats(year).Select(s => s.State).ToHashSet();
            unexplained.AddRange(byState.Keys.Where(s => !seated.Contains(s)).Select(s => $"{year} {s} votes {byState[s]} times but has no seat"));
            unexplained.AddRange(seated.Where(s => !byState.ContainsKey(s) && !s_seatedWithoutVote.ContainsKey((year, s))).Select(s => $"{year} {s} is seated but never votes"));
        }

        Assert.Empty(unexplained);
        // Each listed exception must still be one (a seated member without a vote in a year the source covers)
        foreach (var ((year, state), _) in s_seatedWithoutVote.Where(e => voters.ContainsKey(e.Key.Year)))
        {
            Assert.False(voters[year].ContainsKey(state), $"{state} {year} now votes: remove the exception");
        }
    }

    /// <summary>Council voters (yes, no, abstain or non-voting) by year, counting records, leaving out the known misdated record.</summary>
    private static Dictionary<int, Dictionary<string, int>> CouncilVoters(SourceBatch batch)
    {
        var result = new Dictionary<int, Dictionary<string, int>>();
        foreach (var d in batch.Decisions.Where(d => d.Forum == Forum.SecurityCouncil && d.Date is not null && !s_misdatedCouncilRecords.Contains(d.Symbol ?? "")))
        {
            foreach (var v in d.Votes.Where(v => v.Vote != Vote.Absent))
            {
                var year = result.TryGetValue(d.Date!.Value.Year, out var y) ? y : result[d.Date.Value.Year] = [];
                year[v.State] = year.GetValueOrDefault(v.State) + 1;
            }
        }

        return result;
    }

    /// <summary>Cast General Assembly votes (yes, no, abstain) on a day their state was not a member.</summary>
    private static List<(SourceDecision Decision, string State)> AssemblyVotesByNonMembers(SourceBatch batch) =>
        batch.Decisions.Where(d => d.Forum == Forum.GeneralAssembly && d.Date is not null)
            .SelectMany(d => d.Votes.Where(v => v.Vote.IsCast() && !s_register.IsUnMember(v.State, d.Date!.Value)).Select(v => (d, v.State)))
            .ToList();

    [Fact]
    public void WideFileAssemblyRows_CastVotesByNonMembers_AreTheTwoKnownSourceErrors()
    {
        // Given the cast votes the wide file dates outside their state's membership
        var found = AssemblyVotesByNonMembers(s_wide.Value).Select(x => $"{x.Decision.Symbol} {x.State}").Order(StringComparer.Ordinal).ToList();

        // Then they are only: a 1999 emergency-session record with votes of three states admitted in September 1999,
        // and a session-37 resolution (December 1982) dated 1980-12-03, with three states admitted in 1981
        Assert.Equal(
            ["A/RES/37/46 ATG", "A/RES/37/46 BLZ", "A/RES/37/46 VUT", "A/RES/ES-10/6 KIR", "A/RES/ES-10/6 NRU", "A/RES/ES-10/6 TON"],
            found);
    }

    [Fact]
    public void UnvotesRollCalls_CastVotesByNonMembers_AreAllDatedShortlyBeforeAdmission()
    {
        // Given the cast votes unvotes dates outside their state's membership
        var found = AssemblyVotesByNonMembers(s_unvotes.Value);

        // Then each is dated at most 45 days before the state's admission (unvotes dates early roll calls only
        // roughly: A/RES/2799 (XXVI), adopted 13 December 1971, is dated 1971-12-05, four days before the UAE's admission)
        Assert.NotEmpty(found);
        var far = found.Where(x => s_register.MembershipsOf(x.State).All(m => m.Admitted <= x.Decision.Date!.Value || m.Admitted.DayNumber - x.Decision.Date!.Value.DayNumber > 45))
            .Select(x => $"{x.Decision.Symbol ?? x.Decision.SourceKey} {x.Decision.Date:yyyy-MM-dd} {x.State}").ToList();
        Assert.Empty(far);
    }

    [Fact]
    public void DgacmAssemblyFiles_HaveNoCastVoteByANonMember()
    {
        Assert.Empty(AssemblyVotesByNonMembers(s_dgacmGa.Value).Select(x => $"{x.Decision.Symbol} {x.State}"));
    }

    [Theory]
    [InlineData("IDN", "1965-03-01", "1966-09-27")]
    [InlineData("ZAF", "1974-11-12", "1994-06-22")]
    public void AbsencesInTheNotes_NoSourceHasACastAssemblyVoteInThem(string state, string from, string to)
    {
        // Given a member's recorded absence from the Assembly (Indonesia's withdrawal, South Africa's exclusion)
        var (first, last) = (DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(s_register.MembershipsOf(state), m => m.Note is { } n && n.Contains(first.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        // When every source's cast votes in that window are counted, Then there are none, though the state was a member
        var votes = new[] { s_wide.Value, s_unvotes.Value }.SelectMany(b => b.Decisions)
            .Where(d => d.Forum == Forum.GeneralAssembly && d.Date is { } day && day >= first && day <= last)
            .Count(d => d.Votes.Any(v => v.State == state && v.Vote.IsCast()));
        Assert.Equal(0, votes);
        Assert.True(s_register.IsUnMember(state, first));
    }

    [Fact]
    public void CuratedFiles_AreEmbeddedAndSoPartOfTheReferenceFingerprint()
    {
        // The fingerprint hashes every embedded resource: a changed register rebuilds the databases
        var names = typeof(MembershipRegister).Assembly.GetManifestResourceNames();

        Assert.Contains("Concord.Curated." + MembershipRegisterReader.MembersFile, names);
        Assert.Contains("Concord.Curated." + MembershipRegisterReader.SeatsFile, names);
    }
}
