using Concord.Domain;
using Concord.Sources;
using Concord.Sponsorships;
using Concord.States;
using Concord.Tests.TestSupport;

namespace Concord.Tests.Sources;

public class DgacmReaderTest
{
    private const string GaFile = DgacmReader.GaFolder + "/78.json";
    private const string ScFile = DgacmReader.ScFolder + "/2004.json";

    private const string RecordedVote = """{"symbol": "A/RES/78/200", "title": "Fixture title", "adoption_date": "19 December 2023", "adoption_type": "Recorded vote", "MS_in_favour_count": "2", "MS_against_count": "1", "MS_abstaining_count": "0", "pv": "A/78/PV.50", "originating_document": "A/78/481", "agenda_item_name": "Human rights", "MS_in_favour": ["FRANCE", "CHINA"], "MS_against": ["UNITED STATES"], "MS_abstaining": [], "subjects": [["HUMAN RIGHTS", "UNBIS Thesaurus"], ["UN", "DHLAUTH"], ["13", "A/78/251"]]}""";
    private const string WithoutVote = """{"symbol": "A/RES/78/1", "title": "Without vote", "adoption_date": "2019-10-10 00:00:00", "adoption_type": "Without a vote", "MS_in_favour_count": "0", "MS_against_count": "0", "MS_abstaining_count": "0", "MS_in_favour": [], "MS_against": [], "MS_abstaining": []}""";

    [Fact]
    public void ReadGeneralAssembly_RecordedVote_GivesVotesTallyAndSubjects()
    {
        // Given a GA file with a recorded vote, a blank line and an adoption without a vote
        using var dir = new TempDirectory();
        dir.Write(GaFile, RecordedVote + "\n\n" + WithoutVote + "\n");

        // When it is read
        var batch = new DgacmReader(StateRegistry.Default).ReadGeneralAssembly(dir.Path);

        // Then both records are read with their lines, votes and tallies
        Assert.Equal(SourceId.DgacmGa, batch.Source);
        Assert.Equal(2, batch.RowsRead);
        Assert.Equal([GaFile], batch.Files);
        var d = batch.Decisions[0];
        Assert.Equal("A/RES/78/200", d.Symbol);
        Assert.Equal(new DateOnly(2023, 12, 19), d.Date);
        Assert.Equal("78", d.Session);
        Assert.Equal(1, d.Line);
        Assert.Equal(new Tally(2, 1, 0), d.Tally);
        Assert.True(d.RecordedVote);
        Assert.Equal("HUMAN RIGHTS | UN", d.Subjects);
        Assert.Equal("A/78/PV.50", d.Meeting);
        Assert.Equal("A/78/481", d.Draft);
        var votes = d.Votes.ToDictionary(v => v.State, v => v.Vote);
        Assert.Equal(Vote.Yes, votes["FRA"]);
        Assert.Equal(Vote.Yes, votes["CHN"]);
        Assert.Equal(Vote.No, votes["USA"]);
        var nv = batch.Decisions[1];
        Assert.Equal(3, nv.Line);
        Assert.Equal(new DateOnly(2019, 10, 10), nv.Date);
        Assert.False(nv.RecordedVote);
        Assert.Null(nv.Tally);
        Assert.Empty(nv.Votes);
    }

    [Fact]
    public void ReadSecurityCouncil_DateWithPlace_ParsesTheLeadingDate()
    {
        // Given a Council record adopted "19 November 2004 in Nairobi"
        using var dir = new TempDirectory();
        dir.Write(ScFile, """{"symbol": "S/RES/1569 (2004)", "adoption_date": "19 November 2004 in Nairobi", "adoption_type": "Adopted unanimously", "draft_resolution": "S/2004/900", "outcome_letter": "S/PV.5082", "MS_in_favour_count": "1", "MS_against_count": "0", "MS_abstaining_count": "0", "MS_in_favour": ["FRANCE"], "MS_against": [], "MS_abstaining": []}""" + "\n");

        // When it is read
        var d = Assert.Single(new DgacmReader(StateRegistry.Default).ReadSecurityCouncil(dir.Path).Decisions);

        // Then the date is 19 Nov 2004 and the symbol canonical
        Assert.Equal(new DateOnly(2004, 11, 19), d.Date);
        Assert.Equal("S/RES/1569(2004)", d.Symbol);
        Assert.Equal(Forum.SecurityCouncil, d.Forum);
        Assert.Equal("S/2004/900", d.Draft);
        Assert.Equal("S/PV.5082", d.Meeting);
        Assert.Null(d.Session);
    }

    private static string ScRecord(string meeting, string adoptionType, string letter) =>
        $$"""{"symbol": "S/RES/2112 (2013)", "adoption_date": "30 July 2013", "adoption_meeting": "{{meeting}}", "adoption_type": "{{adoptionType}}", "outcome_letter": "{{letter}}", "MS_in_favour_count": "1", "MS_against_count": "0", "MS_abstaining_count": "0", "MS_in_favour": ["FRANCE"], "MS_against": [], "MS_abstaining": []}""";

    [Theory]
    // S/RES/2112(2013): the outcome letter says S/PV.7102, the meeting field and the adoption text the 7012th meeting
    [InlineData("7012th meeting", "Adopted unanimously, 7012th meeting", "S/PV.7102", "S/PV.7012")]
    // S/RES/1396(2002): the adoption text is the odd one out
    [InlineData("4484th meeting", "Adopted unanimously, 4488th meeting", "S/PV.4484", "S/PV.4484")]
    // S/RES/2423(2018): the meeting field is the odd one out; text and letter agree on 8298
    [InlineData("8277th meeting", "Adopted unanimously, 8298th meeting", "S/PV.8298", "S/PV.8298")]
    // S/RES/2820(2026): no letter, the text without a space before "meeting"
    [InlineData("10148th meeting", "Adopted 13-0-2, 10148thmeeting", "", "S/PV.10148")]
    // S/RES/1295(2000): the resumption is in the adoption text only
    [InlineData("4129th meeting", "Adopted unanimously, 4129th (Resumption 1) meeting", "S/PV.4129", "S/PV.4129 (Resumption 1)")]
    // Written procedure: the letter announcing the result is no meeting
    [InlineData("Voting by mail", "Adopted unanimously; voting by mail", "S/2020/246", null)]
    public void ReadSecurityCouncil_TheMeeting_IsTheMeetingFieldUnlessTheTwoOtherFieldsAgreeOnAnother(string meeting, string adoptionType, string letter, string? expected)
    {
        // Given a Council record naming its meeting in three fields
        using var dir = new TempDirectory();
        dir.Write(ScFile, ScRecord(meeting, adoptionType, letter) + "\n");

        // When it is read
        var d = Assert.Single(new DgacmReader(StateRegistry.Default).ReadSecurityCouncil(dir.Path).Decisions);

        // Then the meeting is the one the record's meeting field gives, outvoted only by the two others together
        Assert.Equal(expected, d.Meeting);
    }

    [Fact]
    public void ReadGeneralAssembly_BrokenJsonOnLine2_ThrowsMalformedSource()
    {
        // Given a file whose second line is not JSON
        using var dir = new TempDirectory();
        dir.Write(GaFile, RecordedVote + "\n{\"symbol\": \"A/RES/78/2\", \"adoption_date\": \n");

        // When it is read
        var e = Assert.Throws<MalformedSourceException>(() => new DgacmReader(StateRegistry.Default).ReadGeneralAssembly(dir.Path));

        // Then the file, line 2 and the json field are named
        Assert.Equal(GaFile, e.File);
        Assert.Equal(2, e.Line);
        Assert.Equal("(json)", e.Field);
    }

    [Fact]
    public void ReadGeneralAssembly_AdoptionDateYesterday_ThrowsMalformedSource()
    {
        // Given a record adopted 'yesterday' on line 2
        using var dir = new TempDirectory();
        dir.Write(GaFile, RecordedVote + "\n" + """{"symbol": "A/RES/78/3", "adoption_date": "yesterday", "adoption_type": "Without a vote"}""" + "\n");

        // When it is read
        var e = Assert.Throws<MalformedSourceException>(() => new DgacmReader(StateRegistry.Default).ReadGeneralAssembly(dir.Path));

        // Then the adoption_date field is named
        Assert.Equal(GaFile, e.File);
        Assert.Equal(2, e.Line);
        Assert.Equal("adoption_date", e.Field);
        Assert.Contains("'yesterday'", e.Problem);
    }

    [Fact]
    public void ReadGeneralAssembly_UnknownMember_ThrowsMalformedSourceNamingTheList()
    {
        // Given a record whose against list names an unknown state
        using var dir = new TempDirectory();
        dir.Write(GaFile, """{"symbol": "A/RES/78/4", "adoption_date": "1 December 2023", "MS_against": ["ATLANTIS"]}""" + "\n");

        // When it is read
        var e = Assert.Throws<MalformedSourceException>(() => new DgacmReader(StateRegistry.Default).ReadGeneralAssembly(dir.Path));

        // Then the list field is named
        Assert.Equal(1, e.Line);
        Assert.Equal("MS_against", e.Field);
        Assert.Contains("ATLANTIS", e.Problem);
    }

    [Fact]
    public void ReadGeneralAssembly_BadCount_ThrowsMalformedSource()
    {
        // Given a record whose in-favour count is not a number
        using var dir = new TempDirectory();
        dir.Write(GaFile, """{"symbol": "A/RES/78/5", "adoption_date": "1 December 2023", "MS_in_favour_count": "lots"}""" + "\n");

        // When it is read
        var e = Assert.Throws<MalformedSourceException>(() => new DgacmReader(StateRegistry.Default).ReadGeneralAssembly(dir.Path));

        // Then the count field is named
        Assert.Equal("MS_in_favour_count", e.Field);
    }

    private const string Sponsored = """{"symbol": "A/RES/78/21", "title": "No first placement", "adoption_date": "4 December 2023", "adoption_type": "Recorded vote", "MS_in_favour": [], "MS_against": [], "MS_abstaining": [], "sponsors": ["CHINA", "SUBMITTED BY THE PRESIDENT OF THE GENERAL ASSEMBLY", "Cuba (on behalf of the States Members of the United Nations that are members of the Movement of Non-Aligned Countries) and Russian Federation"], "additional_sponsors": ["GE RMANY", "", "BELARUS"]}""";

    [Fact]
    public void ReadGeneralAssembly_SponsorLists_GiveEverySponsorWithItsListPositionAndEntry()
    {
        // Given a second-line record with a state, an organ and a two-state entry as sponsors, and a misspelt name, a
        // blank and a state as additional sponsors
        using var dir = new TempDirectory();
        dir.Write(GaFile, WithoutVote + "\n" + Sponsored + "\n");

        // When it is read
        var d = new DgacmReader(StateRegistry.Default).ReadGeneralAssembly(dir.Path).Decisions[1];

        // Then every name is there with its list and position; the misspelt one is kept unmapped, the blank one names nobody
        Assert.Equal(2, d.Line);
        var got = d.Sponsorships.Select(s => $"{s.Kind.Field()}[{s.Position}] {s.Sponsor.Class.Code()} {s.Sponsor.State ?? s.Sponsor.Name}{(s.Sponsor.OnBehalfOf is { } g ? " for " + g : "")}").ToList();
        Assert.Equal(
        [
            "sponsors[0] state CHN",
            "sponsors[1] organ SUBMITTED BY THE PRESIDENT OF THE GENERAL ASSEMBLY",
            "sponsors[2] state CUB for MOVEMENT OF NON-ALIGNED COUNTRIES",
            "sponsors[2] state RUS",
            "additional_sponsors[0] unmapped GE RMANY",
            "additional_sponsors[2] state BLR",
        ], got);
        Assert.All(d.Sponsorships.Where(s => s.Position == 2 && s.Kind == SponsorKind.Sponsor), s => Assert.StartsWith("Cuba (on behalf", s.Entry, StringComparison.Ordinal));
        Assert.Empty(d.Sponsors);
    }

    [Theory]
    [InlineData("\"sponsors\": \"CHINA\"", "sponsors")]
    [InlineData("\"sponsors\": {\"a\": 1}", "sponsors")]
    [InlineData("\"additional_sponsors\": [\"CHINA\", 7]", "additional_sponsors")]
    [InlineData("\"additional_sponsors\": [[\"CHINA\"]]", "additional_sponsors")]
    public void ReadGeneralAssembly_SponsorListNotAListOfNames_ThrowsMalformedSourceNamingTheField(string field, string name)
    {
        // Given a record on line 2 whose sponsor list is a text, an object, or holds something other than a name
        using var dir = new TempDirectory();
        dir.Write(GaFile, WithoutVote + "\n" + Sponsored.Replace("\"title\"", field + ", \"title\"", StringComparison.Ordinal).Replace("\"sponsors\": [\"CHINA\", \"SUBMITTED", "\"sponsors_x\": [\"CHINA\", \"SUBMITTED", StringComparison.Ordinal).Replace("\"additional_sponsors\": [\"GE", "\"additional_x\": [\"GE", StringComparison.Ordinal) + "\n");

        // When it is read
        var e = Assert.Throws<MalformedSourceException>(() => new DgacmReader(StateRegistry.Default).ReadGeneralAssembly(dir.Path));

        // Then the error names the file, the line and the field
        Assert.Equal(GaFile, e.File);
        Assert.Equal(2, e.Line);
        Assert.Equal(name, e.Field);
    }

    [Fact]
    public void ReadSecurityCouncil_SponsorLists_AreNotReadAsAssemblySponsorships()
    {
        // Given a Council record with a sponsor list
        using var dir = new TempDirectory();
        dir.Write(ScFile, """{"symbol": "S/RES/1569 (2004)", "adoption_date": "19 November 2004", "adoption_type": "Adopted unanimously", "MS_in_favour": ["FRANCE"], "MS_against": [], "MS_abstaining": [], "sponsors": ["FRANCE"]}""" + "\n");

        // When it is read
        var d = Assert.Single(new DgacmReader(StateRegistry.Default).ReadSecurityCouncil(dir.Path).Decisions);

        // Then no sponsorship is recorded (the sponsor record is the Assembly's, sessions 74-80)
        Assert.Empty(d.Sponsorships);
    }
}
