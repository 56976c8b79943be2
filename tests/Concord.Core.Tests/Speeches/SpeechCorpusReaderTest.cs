using System.Text;
using Concord.Domain;
using Concord.Sources;
using Concord.States;

namespace Concord.Tests.Speeches;

public sealed class SpeechCorpusReaderTest
{
    private static IReadOnlyList<Concord.Domain.SpeechText> Read(byte[] archive) =>
        new SpeechCorpusReader(StateRegistry.Default).Read(new MemoryStream(archive), SpeechCorpusReader.File);

    [Fact]
    public void Read_GivesEverySpeech_AndPassesOverTheReadmeAndFolders()
    {
        // Given an archive of three speeches, a README and a folder
        var archive = TinyArchive.Build(
            TinyArchive.Speech("USA", 75, 2020, "We the peoples."),
            TinyArchive.Speech("FRA", 75, 2020, "\uFEFFNous les peuples."),
            TinyArchive.Speech("USA", 1, 1946, "A new organisation."));

        // When it is read
        var speeches = Read(archive);

        // Then the three speeches come back with their session, year and entry, the byte-order mark dropped
        Assert.Equal(3, speeches.Count);
        var fra = speeches.Single(s => s.Filed == "FRA");
        Assert.Equal((75, 2020, "FRA"), (fra.Session, fra.Year, fra.State));
        Assert.Equal("Nous les peuples.", fra.Text);
        Assert.Equal(TinyArchive.Entry("FRA", 75, 2020), fra.Entry);
    }

    [Fact]
    public void Read_MapsSeatsAsTheVotesDo_ChinaBefore1972IsTheRoc_RussiaBefore1992IsTheUssr()
    {
        // Given speeches filed as CHN and RUS before and after the seats changed hands, and YUG in 2004
        var archive = TinyArchive.Build(
            TinyArchive.Speech("CHN", 26, 1971, "The Communists."),
            TinyArchive.Speech("CHN", 27, 1972, "Hegemonism."),
            TinyArchive.Speech("RUS", 46, 1991, "Perestroika."),
            TinyArchive.Speech("RUS", 47, 1992, "The Russian Federation."),
            TinyArchive.Speech("YUG", 59, 2004, "Serbia and Montenegro."));

        // When it is read
        var byKey = Read(archive).ToDictionary(s => (s.Filed, s.Year), s => s.State);

        // Then each speech belongs to the seat's holder on the day of the debate
        Assert.Equal("TWN", byKey[("CHN", 1971)]);
        Assert.Equal("CHN", byKey[("CHN", 1972)]);
        Assert.Equal("SUN", byKey[("RUS", 1991)]);
        Assert.Equal("RUS", byKey[("RUS", 1992)]);
        Assert.Equal("SCG", byKey[("YUG", 2004)]);
    }

    [Fact]
    public void Read_KeepsTheObservers_UnderTheirFiledCode()
    {
        var speeches = Read(TinyArchive.Build(TinyArchive.Speech("EU", 66, 2011, "The Union."), TinyArchive.Speech("VAT", 66, 2011, "The Holy See.")));

        Assert.Equal(["EU", "VAT"], speeches.Select(s => s.State).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_ACutShortArchive_IsRefusedNamingTheFileAndTheEntry()
    {
        // Given an archive cut in the middle of its second speech
        var long1 = new string('a', 20_000);
        var long2 = string.Join(' ', Enumerable.Range(0, 20_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var whole = TinyArchive.Build(TinyArchive.Speech("USA", 75, 2020, long1), TinyArchive.Speech("FRA", 75, 2020, long2));
        var cut = whole[..(whole.Length * 2 / 3)];

        // When it is read, Then it is refused as a whole, naming the file and the entry being read
        var e = Assert.Throws<MalformedSourceException>(() => Read(cut));
        Assert.Equal(SpeechCorpusReader.File, e.File);
        Assert.Contains("FRA_75_2020.txt", e.Field, StringComparison.Ordinal);
        Assert.Contains("cut short", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotAGzipFile_IsRefused()
    {
        var e = Assert.Throws<MalformedSourceException>(() => Read(Encoding.UTF8.GetBytes("not an archive at all, just text")));
        Assert.Equal(SpeechCorpusReader.File, e.File);
    }

    [Theory]
    [InlineData("UNGDC_1946-2024/TXT/Session 75 - 2020/notes.txt", "is not named ISO3_NN_YYYY.txt")]
    [InlineData("UNGDC_1946-2024/TXT/Session 75 - 2020/USA_74_2020.txt", "does not match its folder")]
    [InlineData("UNGDC_1946-2024/TXT/Session 75 - 2021/USA_75_2021.txt", "does not match its folder")]
    [InlineData("UNGDC_1946-2024/TXT/Session 75 - 2020/XQZ_75_2020.txt", "is not a state Concord knows")]
    public void Read_AnEntryThatIsNotASpeech_IsRefusedNamingIt(string path, string problem)
    {
        var archive = TinyArchive.Build(TinyArchive.Speech("USA", 75, 2020, "Fine."), (path, Encoding.UTF8.GetBytes("text")));

        var e = Assert.Throws<MalformedSourceException>(() => Read(archive));
        Assert.Contains(path, e.Field, StringComparison.Ordinal);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TwoSpeechesOfOneStateInASession_AreRefused()
    {
        var twice = TinyArchive.Build(TinyArchive.Speech("USA", 75, 2020, "One."), TinyArchive.Speech("USA", 75, 2020, "Two."));
        var e = Assert.Throws<MalformedSourceException>(() => Read(twice));
        Assert.Contains("a second speech of USA in session 75", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextThatIsNotUtf8_IsRefusedNamingTheEntry()
    {
        var archive = TinyArchive.Build((TinyArchive.Entry("USA", 75, 2020), [0x41, 0xFF, 0xFE, 0x41]));

        var e = Assert.Throws<MalformedSourceException>(() => Read(archive));
        Assert.Contains("USA_75_2020.txt", e.Field, StringComparison.Ordinal);
        Assert.Contains("not UTF-8", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AnArchiveWithoutSpeeches_IsRefused()
    {
        var e = Assert.Throws<MalformedSourceException>(() => Read(TinyArchive.Build()));
        Assert.Contains("holds no speech", e.Problem, StringComparison.Ordinal);
    }
}
