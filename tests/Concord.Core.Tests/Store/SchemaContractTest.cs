using Concord.Store;

namespace Concord.Tests.Store;

/// <summary>docs/schema.md is the database's own description of itself, and every column has one.</summary>
/// <remarks>On the real record: the database a user builds, with every source's tables (the speeches' too).</remarks>
public sealed class SchemaContractTest
{
    private static string SchemaPage() => Path.Combine(Path.GetDirectoryName(CuratedFiles.PathOf("x"))!, "..", "..", "docs", "schema.md");

    [Fact]
    public void SchemaPage_IsWhatTheDatabaseSaysOfItself()
    {
        // Given a database the sync built
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);

        // When its description is rendered from its own catalogue and comments
        var rendered = SchemaDocument.Render(db);

        // Then docs/schema.md is that text, to the character
        Assert.True(File.ReadAllText(SchemaPage()) == rendered,
            "docs/schema.md and the database differ: run `./concord data schema > docs/schema.md` after a sync, and review the difference.");
    }

    [Fact]
    public void EveryTableViewAndColumn_HasADescription()
    {
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        var tables = SchemaDocument.Read(db);
        Assert.NotEmpty(tables);
        Assert.Empty(tables.Where(t => string.IsNullOrWhiteSpace(t.Description)).Select(t => t.Name));
        Assert.Empty(tables.SelectMany(t => t.Columns.Where(c => string.IsNullOrWhiteSpace(c.Description)).Select(c => $"{t.Name}.{c.Name}")));
    }

    [Fact]
    public void EveryDescription_NamesATableAndColumnTheDatabaseHas()
    {
        // A description left behind by a renamed or dropped column would describe nothing.
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        var tables = SchemaDocument.Read(db).ToDictionary(t => t.Name, t => t.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal));
        foreach (var t in SchemaDescriptions.Tables)
        {
            Assert.True(tables.TryGetValue(t.Name, out var columns), $"{t.Name} is described but not in the database");
            Assert.Empty(t.Columns.Keys.Where(c => !columns.Contains(c)).Select(c => $"{t.Name}.{c}"));
        }
    }

    [Fact]
    public void Meta_NamesTheDuckDbVersionThatWroteTheFile()
    {
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        using var cmd = db.Command("SELECT version()");
        Assert.Equal(cmd.ExecuteScalar() as string, db.MetaValue("duckdb_version"));
    }
}
