using Concord.Domain;
using Concord.Sources;
using Concord.States;
using Concord.Tests.TestSupport;

namespace Concord.Tests.Sources;

public class UndlEmergencySessionsReaderTest
{
    private const string Header = "resolution,date,session,title,ms_code,ms_name,ms_vote,total_yes,total_no,total_abstentions,total_non_voting,source_line\n";

    private static SourceBatch Read(string rows)
    {
        using var dir = new TempDirectory();
        dir.Write(UndlEmergencySessionsReader.File, Header + rows);
        return new UndlEmergencySessionsReader(StateRegistry.Default).Read(dir.Path);
    }

    [Fact]
    public void Read_GroupsMemberRowsByResolution_WithTheLibrarysTotalsAndTitleWithoutItsCatalogueSuffix()
    {
        // Given four member rows of one resolution (Y, N, A and X) and one row of another
        var batch = Read("""
            A/RES/ES-11/7,2025-02-24,ES-11,Advancing a comprehensive peace in Ukraine : resolution / adopted by the General Assembly,UKR,UKRAINE,Y,2,1,1,1,100
            A/RES/ES-11/7,2025-02-24,ES-11,Advancing a comprehensive peace in Ukraine : resolution / adopted by the General Assembly,RUS,RUSSIAN FEDERATION,N,2,1,1,1,100
            A/RES/ES-11/7,2025-02-24,ES-11,Advancing a comprehensive peace in Ukraine : resolution / adopted by the General Assembly,CHN,CHINA,A,2,1,1,1,100
            A/RES/ES-11/7,2025-02-24,ES-11,Advancing a comprehensive peace in Ukraine : resolution / adopted by the General Assembly,FRA,FRANCE,Y,2,1,1,1,100
            A/RES/ES-11/7,2025-02-24,ES-11,Advancing a comprehensive peace in Ukraine : resolution / adopted by the General Assembly,VEN,VENEZUELA (BOLIVARIAN REPUBLIC OF),X,2,1,1,1,100
            A/RES/ES-10/27,2025-06-12,ES-10,Protection of civilians,USA,UNITED STATES,N,0,1,0,0,200

            """);

        // When read, they are two adopted resolutions of the supplement source, the title cut before " : resolution"
        Assert.Equal(SourceId.UndlEsScrape, batch.Source);
        var d = batch.Decisions.Single(x => x.Symbol == "A/RES/ES-11/7");
        Assert.Equal(new DateOnly(2025, 2, 24), d.Date);
        Assert.Equal("ES-11", d.Session);
        Assert.Equal("Advancing a comprehensive peace in Ukraine", d.Title);
        Assert.Equal(new Tally(2, 1, 1, 1), d.Tally);
        Assert.Equal(DecisionOutcome.Adopted, d.Outcome);
        Assert.Equal(2, d.Line);
        Assert.Equal("scrape line 100", d.SourceKey);
        var votes = d.Votes.ToDictionary(v => v.State, v => v.Vote);
        Assert.Equal(Vote.Yes, votes["UKR"]);
        Assert.Equal(Vote.No, votes["RUS"]);
        Assert.Equal(Vote.Abstain, votes["CHN"]);
        Assert.Equal(Vote.NonVoting, votes["VEN"]);
        Assert.Equal(2, batch.Decisions.Count);
    }

    [Fact]
    public void Read_RowsOfOneResolutionThatDisagreeOnTheTotals_RefuseTheFileNamingTheLine()
    {
        var e = Assert.Throws<MalformedSourceException>(() => Read("""
            A/RES/ES-11/8,2025-02-24,ES-11,T,UKR,UKRAINE,Y,93,8,73,19,1
            A/RES/ES-11/8,2025-02-24,ES-11,T,RUS,RUSSIAN FEDERATION,N,93,18,65,17,2

            """));
        Assert.Contains(UndlEmergencySessionsReader.File, e.Message, StringComparison.Ordinal);
        Assert.Equal(3, e.Line);
    }

    [Theory]
    [InlineData("A/RES/79/1,2025-02-24,79,T,UKR,UKRAINE,Y,1,0,0,0,1", "resolution")]
    [InlineData("A/RES/ES-11/8,2025-02-24,ES-10,T,UKR,UKRAINE,Y,1,0,0,0,1", "session")]
    [InlineData("A/RES/ES-11/8,2025-02-24,ES-11,T,UKR,UKRAINE,Q,1,0,0,0,1", "ms_vote")]
    [InlineData("A/RES/ES-11/8,24 Feb,ES-11,T,UKR,UKRAINE,Y,1,0,0,0,1", "date")]
    [InlineData("A/RES/ES-11/8,2025-02-24,ES-11,T,XXX,NOWHERE,Y,1,0,0,0,1", "ms_code")]
    public void Read_ABadField_IsNamedWithItsLine(string row, string field)
    {
        var e = Assert.Throws<MalformedSourceException>(() => Read(row + "\n"));
        Assert.Equal(field, e.Field);
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void Read_AStateTwiceOnOneResolution_IsRefused()
    {
        var e = Assert.Throws<MalformedSourceException>(() => Read("""
            A/RES/ES-11/8,2025-02-24,ES-11,T,UKR,UKRAINE,Y,2,0,0,0,1
            A/RES/ES-11/8,2025-02-24,ES-11,T,UKR,UKRAINE,Y,2,0,0,0,2

            """));
        Assert.Contains("twice", e.Message, StringComparison.Ordinal);
    }
}
