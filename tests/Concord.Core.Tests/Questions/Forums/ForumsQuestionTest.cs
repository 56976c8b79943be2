using Concord.Domain;
using Concord.Forums;
using Concord.Questions.Forums;

namespace Concord.Tests.Questions.Forums;

/// <summary>The forums question on a hand-made record: standings on a day, since when both were full members, which
/// declarations count as adopted while both were members, and which events are multinational.</summary>
public sealed class ForumsQuestionTest
{
    private static readonly RecordOrigin s_origin = new(RecordOrigin.Curated, "forums.csv", 2);

    private static PartialDate D(string text) => PartialDate.TryParse(text, out var d) ? d : throw new ArgumentException(text);

    private static SourceCitation Source(string date) => new("publisher", "title", D(date), "https://example.org/" + date);

    private static ForumMembership Member(string forum, string state, MembershipRole role, string from, string? to = null) =>
        new(forum, state, role, D(from), to is null ? null : D(to), null, Source(from), s_origin);

    private static BilateralEvent Event(string id, string start, string? duplicateOf, params string[] states) =>
        new(id, EventKind.Exercise, id, null, D(start), null, states, null, null, Source(start), s_origin, duplicateOf);

    // India was an SCO observer from 2005 and a member from 9 June 2017; China and Russia members from 2001. The SCO's
    // 2010 declaration predates India's membership, its 2018 one does not (India dissented on the key paragraph).
    private static readonly ForumRecord s_record = new(
        [new("SCO", "Shanghai Cooperation Organisation (SCO; the Shanghai Five before 2001)", null, s_origin), new("BRICS", "BRICS", null, s_origin), new("P5", "Permanent members of the Security Council", null, s_origin), new("EU", "European Union", null, s_origin)],
        [
            Member("SCO", "CHN", MembershipRole.Member, "2001-06-15"),
            Member("SCO", "RUS", MembershipRole.Member, "2001-06-15"),
            Member("SCO", "IND", MembershipRole.Observer, "2005-07", "2017-06-08"),
            Member("SCO", "IND", MembershipRole.Member, "2017-06-09"),
            Member("BRICS", "CHN", MembershipRole.Member, "2009"),
            Member("BRICS", "IND", MembershipRole.Member, "2009"),
            Member("P5", "CHN", MembershipRole.Member, "1945-10-24"),
            Member("EU", "GBR", MembershipRole.Member, "1973-01-01", "2020-01-31"),
        ],
        [
            new("sco-2010", "SCO", D("2010-06-11"), "Tashkent Declaration", "bri", "A paragraph", null, Source("2010-06-11"), s_origin),
            new("sco-2018", "SCO", D("2018-06-10"), "Qingdao Declaration", "bri", "Belt and Road", null, Source("2018-06-10"), s_origin),
        ],
        [
            new("sco-2018", "bri", "CHN", PositionKind.Endorsed, null, s_origin),
            new("sco-2018", "bri", "RUS", PositionKind.Endorsed, null, s_origin),
            new("sco-2018", "bri", "IND", PositionKind.Dissented, null, s_origin),
        ],
        [
            Event("peace-2005", "2005-08-18", null, "CHN", "KAZ", "RUS"),
            Event("peace-2005-dataset", "2005-08-19", "peace-2005", "CHN", "KAZ", "RUS"),
            Event("joint-sea-2012", "2012-04", null, "CHN", "RUS"),
        ]);

    private static ForumsQuestion.Answer Ask(string a, string? b, string on, string? list = null, int? from = null, int? to = null) =>
        ForumsQuestion.Run(s_record, new ForumsQuestion.Request(a, b, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture), from, to, list));

    [Fact]
    public void Standings_OnADay_AndSinceWhenBothWereFullMembers()
    {
        var answer = Ask("IND", "CHN", "2010-01-01");

        // The P5 (Council seats) and the EU (neither belongs) are not listed
        Assert.Equal(["SCO", "BRICS"], answer.Forums.Select(f => f.Forum.Code));
        var sco = answer.Forums[0];
        Assert.Equal(MembershipRole.Observer, sco.AOn!.Role);
        Assert.Equal(MembershipRole.Member, sco.BOn!.Role);
        Assert.Equal(D("2017-06-09"), sco.BothMembersSince);
        Assert.Equal(D("2009"), answer.Forums[1].BothMembersSince);
        Assert.Equal(["SCO", "BRICS", "EU"], answer.ForumsOnRecord);
        Assert.Equal("observer 2005-07–2017-06-08; member since 2017-06-09", ForumsQuestion.History(sco.A));
    }

    [Fact]
    public void Standings_ADayBeforeAStateJoined_SayNotAMember()
    {
        var answer = Ask("IND", "CHN", "2005-06-30");

        Assert.Null(answer.Forums[0].AOn);
        var table = ForumsQuestion.ToTable(answer);
        Assert.Equal("not a member", table.Rows[0][2]);
        Assert.Equal(2, table.Facts.Single(f => f.Key == "forums_together").Value);
    }

    [Fact]
    public void Declarations_OnlyThoseAdoptedWhileBothWereFullMembers_WithEachPosition()
    {
        var answer = Ask("IND", "CHN", "2026-01-01", ForumsQuestion.Declarations);

        // 2010: India was an observer, so only 2018 counts
        var row = Assert.Single(answer.DeclarationRows);
        Assert.Equal("sco-2018", row.Declaration.Id);
        Assert.Equal(PositionKind.Dissented, row.APosition!.Position);
        Assert.Equal(PositionKind.Endorsed, row.BPosition!.Position);
        Assert.Equal(["IND"], row.Dissenters);
        Assert.Equal(1, answer.Forums.Single(f => f.Forum.Code == "SCO").DeclarationsTogether);

        // China and Russia were both members for both
        Assert.Equal(2, Ask("CHN", "RUS", "2026-01-01", ForumsQuestion.Declarations).DeclarationRows.Count);
        // and the years asked bound them
        Assert.Empty(Ask("IND", "CHN", "2026-01-01", ForumsQuestion.Declarations, from: 2019).DeclarationRows);
    }

    [Fact]
    public void Events_OnlyMultinationalOnes_AndNoDatasetRowTwice()
    {
        var answer = Ask("CHN", "RUS", "2026-01-01", ForumsQuestion.Events);

        // The pair's own exercise is a bilateral tie (the events question), the dataset's copy of Peace Mission is not counted
        Assert.Equal(["peace-2005"], answer.EventRows.Select(e => e.Id));
        Assert.Empty(Ask("CHN", "RUS", "2026-01-01", ForumsQuestion.Events, to: 2004).EventRows);
    }

    [Fact]
    public void OneState_ListsItsForums_AndItsDeclarations()
    {
        var answer = Ask("IND", null, "2026-01-01", ForumsQuestion.Declarations);

        Assert.Equal(["SCO", "BRICS"], answer.Forums.Select(f => f.Forum.Code));
        Assert.All(answer.Forums, f => Assert.Null(f.BothMembersSince));
        Assert.Equal(["sco-2018"], answer.DeclarationRows.Select(r => r.Declaration.Id));
    }
}
