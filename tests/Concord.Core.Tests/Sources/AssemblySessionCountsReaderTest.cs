using Concord.Domain;
using Concord.Sources;
using Concord.Tests.TestSupport;

namespace Concord.Tests.Sources;

public class AssemblySessionCountsReaderTest
{
    [Fact]
    public void Read_CountsBySession_WithTheirLines_AndTheLastDayTheyCover()
    {
        using var dir = new TempDirectory();
        dir.Write(AssemblySessionCountsReader.File, "session,resolutions_with_recorded_vote\n1,26\nES-10,26\nS-4,3\n");
        var counts = AssemblySessionCountsReader.Read(dir.Path)!;
        Assert.Equal(26, counts.BySession["1"].Resolutions);
        Assert.Equal(3, counts.BySession["ES-10"].Line);
        Assert.Equal(3, counts.BySession["S-4"].Resolutions);
        Assert.Equal(new DateOnly(2025, 12, 30), counts.CountedTo);
    }

    [Fact]
    public void Read_WithoutTheFile_IsNull()
    {
        using var dir = new TempDirectory();
        Assert.Null(AssemblySessionCountsReader.Read(dir.Path));
    }

    [Theory]
    [InlineData("XV,26", "session")]
    [InlineData("15,many", "resolutions_with_recorded_vote")]
    [InlineData("15,-1", "resolutions_with_recorded_vote")]
    public void Read_ABadRow_IsNamedWithFieldAndLine(string row, string field)
    {
        using var dir = new TempDirectory();
        dir.Write(AssemblySessionCountsReader.File, "session,resolutions_with_recorded_vote\n1,26\n" + row + "\n");
        var e = Assert.Throws<MalformedSourceException>(() => AssemblySessionCountsReader.Read(dir.Path));
        Assert.Equal(field, e.Field);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Read_ASessionTwice_IsRefused()
    {
        using var dir = new TempDirectory();
        dir.Write(AssemblySessionCountsReader.File, "session,resolutions_with_recorded_vote\n1,26\n1,27\n");
        Assert.Contains("twice", Assert.Throws<MalformedSourceException>(() => AssemblySessionCountsReader.Read(dir.Path)).Message, StringComparison.Ordinal);
    }
}
