using Concord.Domain;
using Concord.Forums;
using Concord.Sources;
using Concord.States;
using Concord.Tests.TestSupport;

namespace Concord.Tests.Forums;

/// <summary>The curated files and user files in the same schema: what is read, and what is refused with file, line and field.</summary>
public sealed class ForumDataReaderTest
{
    private static readonly DateOnly s_today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static ForumDataReader Reader => new(StateRegistry.Default, s_today);

    private static readonly Lazy<ForumRecord> s_curated = new(() => Reader.ReadCurated());

    [Fact]
    public void ReadCurated_EveryRowHasACompleteSourceAndDatesUpToToday()
    {
        var record = s_curated.Value;

        Assert.Contains(record.Forums, f => f.Code == "SCO");
        Assert.Contains(record.Forums, f => f.Code == "EU");
        var sources = record.Memberships.Select(m => m.Source).Concat(record.Events.Select(e => e.Source)).Concat(record.Declarations.Select(d => d.Source)).ToList();
        Assert.All(sources, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Publisher));
            Assert.True(!string.IsNullOrEmpty(s.Title) || !string.IsNullOrEmpty(s.Url));
            Assert.NotNull(s.Date);
        });
        Assert.All(record.Events, e => Assert.InRange(e.Start.First, new DateOnly(1945, 1, 1), s_today));
        Assert.All(record.Events, e => Assert.True(e.Participants.Count >= 2));
    }

    [Theory]
    [InlineData("bad-unknown-state", 3, "participants", "unknown state 'Rusia'")]
    [InlineData("bad-date-out-of-range", 3, "start", "out of range")]
    [InlineData("bad-date-not-a-date", 3, "start", "is not a date")]
    [InlineData("bad-duplicate", 3, "id", "duplicate row")]
    [InlineData("bad-duplicate-of-curated", 2, "id", "duplicate row")]
    [InlineData("bad-missing-source", 3, "source_publisher", "missing source")]
    [InlineData("bad-missing-source-title-and-url", 3, "source_title", "missing source")]
    [InlineData("bad-malformed-line", 3, "(row)", "malformed line")]
    public void ReadDirectory_BadFile_IsRefusedNamingFileLineAndField(string fixture, long line, string field, string problem)
    {
        // Given a user folder whose events file has one good row and one bad one
        var dir = TempDirectory.FixturePath(Path.Combine("forums", fixture));

        // When it is read beside the curated record
        var e = Assert.Throws<MalformedSourceException>(() => Reader.ReadDirectory(dir, s_curated.Value));

        // Then the error names the file, line and field, and the problem
        Assert.Equal("events.csv", e.File);
        Assert.Equal(line, e.Line);
        Assert.Equal(field, e.Field);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDirectory_ValidFiles_AddForumMembershipsDeclarationAndEvent()
    {
        var user = Reader.ReadDirectory(TempDirectory.FixturePath(Path.Combine("forums", "valid")), s_curated.Value);

        Assert.Equal("FXF", Assert.Single(user.Forums).Code);
        Assert.Equal(["KAZ", "MNG", "UZB"], user.Memberships.Select(m => m.State).Order());
        var e = Assert.Single(user.Events);
        Assert.Equal(["KAZ", "UZB"], e.Participants);
        Assert.Equal(new PartialDate(new DateOnly(2021, 3, 1), DatePrecision.Month), e.Start);
        Assert.Equal(RecordOrigin.User, e.Origin.Label);
        Assert.Equal(2, e.Origin.Line);
        Assert.Equal(PositionKind.Reservation, user.Positions.Single(p => p.State == "UZB").Position);
    }

    [Fact]
    public void Read_FileOfUnknownName_IsRefused()
    {
        var e = Assert.Throws<MalformedSourceException>(() => Reader.Read([("notes.csv", "a,b\n1,2\n")], RecordOrigin.User, ForumRecord.Empty));
        Assert.Equal("(file name)", e.Field);
    }

    [Fact]
    public void Read_MembershipOfUnknownForum_IsRefused()
    {
        const string text = "forum,state,role,from,to,note,source_publisher,source_title,source_date,source_url\nNOPE,KAZ,member,2020,,,P,T,2020,\n";
        var e = Assert.Throws<MalformedSourceException>(() => Reader.Read([("memberships.csv", text)], RecordOrigin.User, s_curated.Value));
        Assert.Equal(("memberships.csv", 2L, "forum"), (e.File, e.Line, e.Field));
    }

    [Fact]
    public void Read_UnknownColumn_IsRefusedOnTheHeader()
    {
        const string text = "forum,name,note,colour\nFXF,Fixture,,red\n";
        var e = Assert.Throws<MalformedSourceException>(() => Reader.Read([("forums.csv", text)], RecordOrigin.User, ForumRecord.Empty));
        Assert.Equal((1L, "colour"), (e.Line, e.Field));
    }
}
