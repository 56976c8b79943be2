using Concord.Domain;
using Concord.Store;
using Concord.Tests.TestSupport;

namespace Concord.Tests.RealData;

/// <summary>Every title in the real record is a title: no meeting record, no catalogue statement, no source's cut mark.</summary>
public sealed class DecisionTitlesOnRealDataTest
{
    private static readonly Lazy<IReadOnlyList<(string Key, string Kind, string Title)>> s_titles = new(() =>
    {
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        using var cmd = db.Command("SELECT key, kind, title FROM decisions WHERE title IS NOT NULL ORDER BY key");
        using var r = cmd.ExecuteReader();
        var rows = new List<(string, string, string)>();
        while (r.Read())
        {
            rows.Add((r.GetString(0), r.GetString(1), r.GetString(2)));
        }

        return rows;
    });

    [Fact]
    public void NoTitle_IsTheMeetingsVerbatimRecord()
    {
        // Given every title in the record (404 held the President's words before: "We have heard the last speaker...")
        // When each is read for the marks of a meeting's record
        var verbatim = s_titles.Value.Where(t => DecisionTitles.IsVerbatim(t.Title)).Select(t => $"{t.Key} ({t.Kind}): {t.Title}").ToList();

        // Then none is: a separate vote is named after its resolution and its kind, not after what the President said
        Assert.True(verbatim.Count == 0, string.Join("\n", verbatim.Take(20)));
    }

    [Fact]
    public void NoTitle_KeepsTheCatalogueStatementOrTheSourcesCutMark()
    {
        // Given every title in the record (298 kept ": resolution / adopted by the General Assembly", 1,188 "[...]")
        // When each is cleaned again
        var unclean = s_titles.Value.Where(t => DecisionTitles.Clean(t.Title) != t.Title || t.Title.Contains("[...]", StringComparison.Ordinal))
            .Select(t => $"{t.Key}: {t.Title}").ToList();

        // Then none changes: the readers brought them to the title itself
        Assert.True(unclean.Count == 0, $"{unclean.Count} titles, e.g.\n{string.Join("\n", unclean.Take(20))}");
    }
}
