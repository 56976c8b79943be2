using Concord.Domain;
using Concord.Questions;
using Concord.Store;
using Concord.Tests.Sync;
using Concord.Tests.TestSupport;

namespace Concord.Tests.Store;

/// <summary>The matrices beside the database are the database's own, and are read only while they belong to it.</summary>
public sealed class VoteMatrixFileTest(MinimalDatabase built) : IClassFixture<MinimalDatabase>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Sync_WritesTheMatricesBeside_EqualToTheDatabases(bool merged)
    {
        // Given a database the sync built, and the file it wrote beside it
        Assert.True(VoteMatrixFile.IsCurrentFor(built.Path));
        using var db = ConcordDatabase.OpenReadOnly(built.Path);

        // When each forum's matrix is read from both
        foreach (var forum in new[] { Forum.GeneralAssembly, Forum.SecurityCouncil })
        {
            var fromDatabase = VoteMatrixLoader.Load(db, forum, merged);
            var fromFile = VoteMatrixFile.TryRead(built.Path, forum, merged);

            // Then they are the same matrix, vote for vote and column for column
            Assert.NotNull(fromFile);
            Assert.Equal(fromDatabase.States, fromFile.States);
            Assert.Equal(fromDatabase.Votes, fromFile.Votes);
            Assert.Equal(fromDatabase.Decisions, fromFile.Decisions);
            Assert.Equal(merged, fromFile.PredecessorsMerged);
        }
    }

    [Fact]
    public void AnotherDatabase_AtThatPath_IsNotAnsweredFromTheFile()
    {
        // Given a copy of the database with the file beside it
        using var dir = new TempDirectory();
        var copy = built.CopyTo(dir);
        File.Copy(VoteMatrixFile.PathFor(built.Path), VoteMatrixFile.PathFor(copy));
        File.SetLastWriteTimeUtc(copy, File.GetLastWriteTimeUtc(built.Path));
        Assert.True(VoteMatrixFile.IsCurrentFor(copy));

        // When the database changes (another time, as a write or a new sync leaves it)
        File.SetLastWriteTimeUtc(copy, DateTime.UtcNow.AddMinutes(1));

        // Then the file no longer answers for it, and a source reads the matrix from the database
        Assert.False(VoteMatrixFile.IsCurrentFor(copy));
        Assert.Null(VoteMatrixFile.TryRead(copy, Forum.GeneralAssembly, true));
        using var source = LoadedRecord.OpenLazily(copy);
        Assert.Equal(VoteMatrixFile.TryRead(built.Path, Forum.GeneralAssembly, true)!.Votes, source.Matrix(Forum.GeneralAssembly, true).Votes);
    }

    [Fact]
    public void DamagedFile_IsNoFile()
    {
        using var dir = new TempDirectory();
        var copy = built.CopyTo(dir);
        File.WriteAllText(VoteMatrixFile.PathFor(copy), "not a matrix file");
        Assert.False(VoteMatrixFile.IsCurrentFor(copy));
        Assert.Null(VoteMatrixFile.TryRead(copy, Forum.GeneralAssembly, true));
    }
}
