using Concord.Domain;
using Concord.Sources;
using Concord.States;

namespace Concord.Tests.Domain;

/// <summary>The register reader on small hand-made files: what it reads, and what it refuses with file, line and field.</summary>
public sealed class MembershipRegisterReaderTest
{
    private const string Source = ",United Nations,Member States,2026-11,https://www.un.org/en/about-us/member-states";
    private const string MembersHeader = "state,admitted,left,note,source_publisher,source_title,source_date,source_url\n";
    private const string SeatsHeader = "state,seat,from_year,to_year,note,source_publisher,source_title,source_date,source_url\n";

    private static readonly string[] s_permanent = ["FRA", "GBR", "USA", "TWN", "SUN"];
    private static readonly string[] s_elected1946 = ["AUS", "BRA", "POL", "EGY", "MEX", "NLD"];

    private static MembershipRegister Read(string members, string seats) =>
        new MembershipRegisterReader(StateRegistry.Default, new DateOnly(2026, 11, 27)).Read("un_members.csv", members, "sc_seats.csv", seats);

    /// <summary>The eleven states of the 1946 Council as original members (TWN and SUN with their end days).</summary>
    private static string Members1946(string extra = "") =>
        MembersHeader
        + string.Concat(s_permanent.Concat(s_elected1946).Select(s => s switch
        {
            "TWN" => "TWN,1945-10-24,1971-10-25," + Source + "\n",
            "SUN" => "SUN,1945-10-24,1991-12-23," + Source + "\n",
            _ => $"{s},1945-10-24,,{Source}\n",
        }))
        + extra;

    /// <summary>The 1946 Council: five permanent seats still held and six one-year elected terms.</summary>
    private static string Seats1946(string extra = "", int elected = 6) =>
        SeatsHeader
        + string.Concat(s_permanent.Select(s => s switch
        {
            "TWN" => "TWN,permanent,1946,1971," + Source + "\n",
            "SUN" => "SUN,permanent,1946,1991," + Source + "\n",
            _ => $"{s},permanent,1946,,{Source}\n",
        }))
        + string.Concat(s_elected1946.Take(elected).Select(s => $"{s},elected,1946,1946,{Source}\n"))
        + extra;

    private static MalformedSourceException Refused(string members, string seats) =>
        Assert.Throws<MalformedSourceException>(() => Read(members, seats));

    [Fact]
    public void Read_ValidFiles_AnswerMembershipAndCouncilQuestions()
    {
        // Given the eleven members of the 1946 Council and Syria's two periods around the United Arab Republic
        var members = Members1946("SYR,1945-10-24,1958-02-21," + Source + "\nSYR,1961-10-13,," + Source + "\n");

        // When they are read
        var register = Read(members, Seats1946());

        // Then days inside, on the edges and outside the periods are answered, and the 1946 Council is listed
        Assert.True(register.IsUnMember("SYR", new DateOnly(1958, 2, 21)));
        Assert.False(register.IsUnMember("SYR", new DateOnly(1958, 2, 22)));
        Assert.False(register.IsUnMember("SYR", new DateOnly(1961, 10, 12)));
        Assert.True(register.IsUnMember("SYR", new DateOnly(1961, 10, 13)));
        Assert.False(register.IsUnMember("TWN", new DateOnly(1971, 10, 26)));
        Assert.Equal(new DateOnly(1945, 10, 24), register.Admitted("SYR"));
        Assert.Null(register.Admitted("CHE"));
        Assert.True(register.HasCouncilYear(1946));
        Assert.False(register.HasCouncilYear(1947));
        Assert.True(register.IsCouncilMember("MEX", 1946));
        Assert.False(register.IsCouncilMember("FRA", 1947));
        Assert.Empty(register.CouncilSeats(1947));
        var seats = register.CouncilSeats(1946);
        Assert.Equal(11, seats.Count);
        Assert.Equal(["FRA", "GBR", "SUN", "TWN", "USA"], seats.Take(5).Select(s => s.State));
        Assert.All(seats.Take(5), s => Assert.Equal(CouncilSeatKind.Permanent, s.Seat));
        Assert.Equal("https://www.un.org/en/about-us/member-states", seats[0].Source.Url);
    }

    [Fact]
    public void Read_SeatHandedOverWithinAYear_CountsAsOneSeat()
    {
        // Given a 1971 Council where the China seat passed from TWN to CHN (successions.csv: 26 October 1971)
        var members = MembersHeader
            + string.Concat(new[] { "FRA", "GBR", "USA", "SUN", "ARG", "BEL", "ITA", "JPN", "SOM", "BDI", "NIC", "POL", "SLE", "SYR" }
                .Select(s => s == "SUN" ? $"SUN,1945-10-24,1991-12-23,{Source}\n" : $"{s},1945-10-24,,{Source}\n"))
            + $"TWN,1945-10-24,1971-10-25,{Source}\nCHN,1971-10-26,,{Source}\n";
        var seats = SeatsHeader
            + string.Concat(new[] { "FRA", "GBR", "USA" }.Select(s => $"{s},permanent,1971,,{Source}\n"))
            + $"SUN,permanent,1971,1991,{Source}\nTWN,permanent,1971,1971,{Source}\nCHN,permanent,1971,,{Source}\n"
            + string.Concat(new[] { "ARG", "BEL", "ITA", "JPN", "SOM", "BDI", "NIC", "POL", "SLE", "SYR" }.Select(s => $"{s},elected,1971,1971,{Source}\n"));

        // When it is read
        var register = Read(members, seats);

        // Then both holders sit in 1971, and the year is accepted as fifteen seats
        Assert.Equal(16, register.CouncilSeats(1971).Count);
        Assert.True(register.IsCouncilMember("TWN", 1971));
        Assert.True(register.IsCouncilMember("CHN", 1971));
    }

    [Theory]
    [InlineData("MEX,1945-10-24,,", "XXX,1945-10-24,,", 11, "state", "unknown state 'XXX'")]
    [InlineData("MEX,1945-10-24,,", "Mexico,1945-10-24,,", 11, "state", "give a Concord code")]
    [InlineData("MEX,1945-10-24,,", "MEX,1945-02-30,,", 11, "admitted", "is not a day")]
    [InlineData("MEX,1945-10-24,,", "MEX,1945-06-26,,", 11, "admitted", "out of range")]
    [InlineData("MEX,1945-10-24,,", "MEX,1950-01-01,1949-12-31,", 11, "left", "before admitted")]
    [InlineData("SUN,1945-10-24,1991-12-23,", "SUN,1945-10-24,,", 6, "left", "ceased to exist on 1991-12-24")]
    public void Read_BadMemberRow_IsRefusedNamingFileLineAndField(string good, string bad, long line, string field, string problem)
    {
        // Given the members file with one row spoiled
        var members = Members1946().Replace(good, bad, StringComparison.Ordinal);

        // When it is read
        var e = Refused(members, Seats1946());

        // Then the error names the file, line and field
        Assert.Equal("un_members.csv", e.File);
        Assert.Equal(line, e.Line);
        Assert.Equal(field, e.Field);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OverlappingMemberRows_AreRefusedNamingTheEarlierLine()
    {
        // Given Mexico twice, the second period starting inside the first
        var e = Refused(Members1946("MEX,1950-01-01,," + Source + "\n"), Seats1946());

        // Then the second row is refused and the first named
        Assert.Equal(13, e.Line);
        Assert.Equal("admitted", e.Field);
        Assert.Contains("overlaps the one on line 11", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(",United Nations,", ",,", "source_publisher")]
    [InlineData(",2026-11,", ",,", "source_date")]
    [InlineData("Member States,2026-11,https://www.un.org/en/about-us/member-states", "Member States,2026-11,ftp://un.org", "source_url")]
    public void Read_RowWithoutItsSource_IsRefused(string good, string bad, string field)
    {
        // Given the members file whose last row lost part of its source
        var members = Members1946();
        var cut = members.TrimEnd('\n').LastIndexOf('\n') + 1;
        members = members[..cut] + members[cut..].Replace(good, bad, StringComparison.Ordinal);

        // When it is read, Then the last row is refused on the source field
        var e = Refused(members, Seats1946());
        Assert.Equal(12, e.Line);
        Assert.Equal(field, e.Field);
    }

    [Fact]
    public void Read_YearWithTooFewCouncilSeats_IsRefused()
    {
        // Given a 1946 Council with five elected members instead of six
        var e = Refused(Members1946(), Seats1946(elected: 5));

        // Then the year is refused with the count it has and the count it needs
        Assert.Equal("sc_seats.csv", e.File);
        Assert.Equal("from_year", e.Field);
        Assert.Contains("1946 has 5 permanent and 5 elected seats", e.Message, StringComparison.Ordinal);
        Assert.Contains("(11 seats) before 1966", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_YearWithTooManyCouncilSeats_IsRefused()
    {
        // Given a seventh elected member in 1946 (a member, so only the count is wrong)
        var e = Refused(Members1946("CAN,1945-11-09,," + Source + "\n"), Seats1946("CAN,elected,1946,1946," + Source + "\n"));

        // Then the year is refused on the last row that sits in it
        Assert.Equal(13, e.Line);
        Assert.Contains("1946 has 5 permanent and 7 elected seats", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MEX,elected,1946,1946", "MEX,elected,1946,1948", "to_year", "lasts one or two years")]
    [InlineData("MEX,elected,1946,1946", "MEX,elected,1946,", "to_year", "has an end year")]
    [InlineData("MEX,elected,1946,1946", "MEX,elected,1946,1945", "to_year", "is not a year")]
    [InlineData("MEX,elected,1946,1946", "MEX,temporary,1946,1946", "seat", "unknown seat")]
    [InlineData("MEX,elected,1946,1946", "CHE,elected,1946,1946", "state", "not a UN member that year")]
    public void Read_BadSeatRow_IsRefusedNamingFileLineAndField(string good, string bad, string field, string problem)
    {
        // Given the seats file with Mexico's row spoiled
        var seats = Seats1946().Replace(good, bad, StringComparison.Ordinal);

        // When it is read
        var e = Refused(Members1946(), seats);

        // Then the error names the seats file, Mexico's line and the field
        Assert.Equal("sc_seats.csv", e.File);
        Assert.Equal(11, e.Line);
        Assert.Equal(field, e.Field);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OverlappingSeatRows_AreRefused()
    {
        // Given France both permanent and elected in 1946
        var e = Refused(Members1946(), Seats1946("FRA,elected,1946,1946," + Source + "\n"));

        Assert.Equal(13, e.Line);
        Assert.Contains("overlaps the one on line 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownColumn_IsRefusedOnTheHeader()
    {
        var e = Refused(Members1946().Replace("note,", "remark,", StringComparison.Ordinal), Seats1946());

        Assert.Equal(1, e.Line);
        Assert.Equal("note", e.Field);
    }
}
