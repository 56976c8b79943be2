using System.Text;
using System.Text.Json;
using Concord.Sources;
using Concord.Sponsorships;
using Concord.States;
using Concord.Store;
using Concord.Sync;
using Concord.Tests.TestSupport;

namespace Concord.Tests.RealData;

/// <summary>The Assembly's sponsor lists in the real record, checked against the DGACM files read independently.</summary>
public sealed class KnownSponsorshipsTest
{
    /// <summary>One record of a DGACM Assembly file as the test reads it: symbol, title and both lists as written.</summary>
    private sealed record RawRecord(string File, long Line, string Symbol, string Title, IReadOnlyList<string> Sponsors, IReadOnlyList<string> Additional);

    private static readonly Lazy<IReadOnlyList<RawRecord>> s_raw = new(ReadRaw);

    private static IReadOnlyList<RawRecord> ReadRaw()
    {
        var records = new List<RawRecord>();
        var folder = Path.Combine(RealDataDatabase.Instance.DataDir, DgacmReader.GaFolder);
        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            long line = 0;
            foreach (var text in File.ReadLines(path))
            {
                line++;
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                using var doc = JsonDocument.Parse(text);
                var e = doc.RootElement;
                IReadOnlyList<string> List(string field) => e.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.Array
                    ? [.. v.EnumerateArray().Select(x => x.GetString() ?? "")]
                    : [];
                records.Add(new RawRecord(DgacmReader.GaFolder + "/" + Path.GetFileName(path), line, e.GetProperty("symbol").GetString()!,
                    e.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "", List("sponsors"), List("additional_sponsors")));
            }
        }

        return records;
    }

    private static T Read<T>(Func<ConcordDatabase, T> query)
    {
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        return query(db);
    }

    /// <summary>Whether an entry names <paramref name="upperName"/> outside any parentheses (so "GROUP OF 77 AND CHINA"
    /// inside a group's name does not count as China): the test's own reading, independent of the parser.</summary>
    private static bool NamesOutsideParentheses(string entry, string upperName)
    {
        var outside = new StringBuilder();
        var depth = 0;
        foreach (var c in entry.ToUpperInvariant())
        {
            depth += c == '(' ? 1 : 0;
            if (depth == 0)
            {
                outside.Append(c);
            }

            depth -= c == ')' && depth > 0 ? 1 : 0;
        }

        return System.Text.RegularExpressions.Regex.IsMatch(outside.ToString(), $@"(?<![A-Z]){System.Text.RegularExpressions.Regex.Escape(upperName)}(?![A-Z])");
    }

    [Theory]
    [InlineData("No first placement of weapons in outer space")]
    [InlineData("unilateral coercive measures")]
    public void ChinaAndRussia_AreSponsorsExactlyWhereTheFilesNameThem(string titlePart)
    {
        // Given every resolution of sessions 74-80 whose title has the words, and what its lists say of China and Russia
        var texts = s_raw.Value.Where(r => r.Title.Contains(titlePart, StringComparison.OrdinalIgnoreCase)).GroupBy(r => r.Symbol).ToList();
        Assert.True(texts.Count >= 7, $"{texts.Count} resolutions found on '{titlePart}'");

        // When their sponsor sets are read from the record
        var sets = Read(db => SponsorshipTable.Sets(db)).Where(s => s.Symbol is not null).ToDictionary(s => s.Symbol!);

        // Then China and Russia are among the sponsoring states of each exactly when a copy of its lists names them
        foreach (var text in texts)
        {
            var set = sets[text.Key];
            var sponsoring = set.States.Concat(set.ForGroups).ToHashSet();
            foreach (var (code, name) in new[] { ("CHN", "CHINA"), ("RUS", "RUSSIAN FEDERATION") })
            {
                var named = text.Any(r => r.Sponsors.Concat(r.Additional).Any(e => NamesOutsideParentheses(e, name)));
                Assert.True(named == sponsoring.Contains(code), $"{text.Key}: {code} named {named}, in the record {sponsoring.Contains(code)}");
            }
        }
    }

    [Fact]
    public void NoFirstPlacementOfWeapons_RussiaSponsorsItInEverySession()
    {
        // Given the yearly resolution "No first placement of weapons in outer space", which Russia introduces
        var symbols = s_raw.Value.Where(r => r.Title == "No first placement of weapons in outer space").Select(r => r.Symbol).Distinct().ToList();

        // When its sponsor sets are read
        var sets = Read(db => SponsorshipTable.Sets(db, SponsorKind.Sponsor)).Where(s => symbols.Contains(s.Symbol!)).ToList();

        // Then there is one per session 74-80 and Russia is among the drafters of every one
        Assert.Equal(7, sets.Count);
        Assert.Equal(7, sets.Select(s => s.Session).Distinct().Count());
        Assert.All(sets, s => Assert.Contains("RUS", s.States));
    }

    [Fact]
    public void EveryEntryOfEveryList_IsInTheRecordOfItsDecision()
    {
        // Given every non-blank entry of every sponsor list, the decision each record was merged into, and the stored rows
        var stored = Read(db =>
        {
            var rows = new List<(int Decision, string Kind, string Class, string Key, string Entry, string File, long Line)>();
            using (var cmd = db.Command("SELECT decision_id, kind, class, coalesce(state, name), entry, file, line FROM sponsorships WHERE decision_id IS NOT NULL"))
            using (var r = cmd.ExecuteReader())
            {
                while (r.Read())
                {
                    rows.Add((r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetInt64(6)));
                }
            }

            var decisionOf = new Dictionary<(string, long), int>();
            using (var cmd = db.Command("SELECT file, line, decision_id FROM decision_sources WHERE source_id = $1", (short)SourceId.DgacmGa))
            using (var r = cmd.ExecuteReader())
            {
                while (r.Read())
                {
                    decisionOf[(r.GetString(0), r.GetInt64(1))] = r.GetInt32(2);
                }
            }

            return (rows, decisionOf);
        });
        var atLine = stored.rows.Select(r => (r.File, r.Line, r.Kind, r.Entry)).ToHashSet();
        var ofDecision = stored.rows.Select(r => (r.Decision, r.Kind, r.Class, StateNames.Normalize(r.Key))).ToHashSet();
        var parser = new SponsorListParser(StateRegistry.Default);

        // When each entry is looked for: the fullest upload of a resolution at its own line, a repeated upload's entries
        // there or, spelt another way ("BAHAMAS" for "BAHAMAS (THE)"), as the same sponsors of the same decision
        var missing = new List<string>();
        foreach (var copies in s_raw.Value.GroupBy(r => stored.decisionOf[(r.File, r.Line)]))
        {
            var fullest = copies.OrderByDescending(r => r.Sponsors.Count + r.Additional.Count).First();
            foreach (var raw in copies)
            {
                foreach (var (kind, list) in new[] { ("sponsor", raw.Sponsors), ("additional", raw.Additional) })
                {
                    foreach (var e in list.Where(e => !string.IsNullOrWhiteSpace(e)))
                    {
                        var found = atLine.Contains((raw.File, raw.Line, kind, e))
                            || (raw != fullest && parser.Parse(e, null).All(p => ofDecision.Contains((copies.Key, kind, SponsorClasses.Code(p.Class), StateNames.Normalize(p.State ?? p.Name)))));
                        if (!found)
                        {
                            missing.Add($"{raw.File}:{raw.Line} {kind} '{e}'");
                        }
                    }
                }
            }
        }

        // Then none is missing: a name is a state, an organ or reported as unmapped, never dropped
        Assert.Empty(missing);
    }

    [Fact]
    public void UnmappedNames_AreFewAndEachIsReportedWithItsFileLineAndField()
    {
        // Given the record's sponsor rows per class
        var summary = Read(SponsorshipTable.Summarise);
        var unmapped = summary.Where(c => c.Class == "unmapped").Sum(c => c.Rows);
        var all = summary.Sum(c => c.Rows);

        // When the unmapped names are listed as data check --sponsors lists them
        var listed = Read(db => SponsorshipTable.UnmappedNames(db, null, 100_000));

        // Then each is listed, with a place in a file and the field it is in, and they are under one in a thousand names
        Assert.Equal(unmapped, listed.Count);
        Assert.All(listed, x => Assert.True(x.File.StartsWith(DgacmReader.GaFolder, StringComparison.Ordinal) && x.Line > 0 && x.Field is "sponsors" or "additional_sponsors", $"{x.File}:{x.Line} {x.Field}"));
        Assert.True(unmapped * 1000 < all, $"{unmapped} unmapped of {all}");
    }

    [Fact]
    public void Coverage_IsTheSessionsOfTheAssemblyFiles()
    {
        // Given the regular-session files of the DGACM Assembly folder (74.json ... 80.json)
        var numbers = Directory.GetFiles(Path.Combine(RealDataDatabase.Instance.DataDir, DgacmReader.GaFolder), "*.json")
            .Select(f => int.TryParse(Path.GetFileNameWithoutExtension(f), out var n) ? n : 0).Where(n => n > 0).Order().ToList();

        // When the coverage of the sponsor record is read
        var coverage = Read(SponsorshipTable.Coverage);

        // Then it is those sessions, and every covered decision has a sponsor set for the analyses
        Assert.Equal($"{numbers[0]}–{numbers[^1]}", coverage.RegularSessions);
        Assert.StartsWith($"General Assembly sessions {numbers[0]}–{numbers[^1]}", coverage.Describe(), StringComparison.Ordinal);
        Assert.Equal(coverage.Decisions, Read(db => SponsorshipTable.Sets(db)).Count);
    }

    [Fact]
    public void Sync_RunAgainOverTheRealRecord_GivesTheSameSponsorships()
    {
        // Given a copy of the real record
        using var dir = new TempDirectory();
        var copy = dir.Combine("concord.duckdb");
        File.Copy(RealDataDatabase.Instance.Path, copy);
        var before = Read(SponsorshipTable.Summarise);

        // When the sync runs again over it
        RecordBuilder.Build(RealDataDatabase.Instance.DataDir, copy);

        // Then the sponsorships are the same, row for row per class
        using var db = ConcordDatabase.OpenReadOnly(copy);
        Assert.Equal(before, SponsorshipTable.Summarise(db));
    }

    [Fact]
    public void EveryStateForAGroup_IsAMemberOfThatGroupOnTheDay()
    {
        // Given every sponsor recorded as speaking for a group, with the group it names and the resolution's date
        var rows = Read(db =>
        {
            var list = new List<(string? Symbol, DateOnly? Date, string State, string Group, string Entry)>();
            using var cmd = db.Command("""
                SELECT d.symbol, d.date, sp.state, sp.on_behalf_of, sp.entry
                FROM sponsorships sp LEFT JOIN decisions d USING (decision_id)
                WHERE sp.on_behalf_of IS NOT NULL ORDER BY sp.file, sp.line, sp.position
                """);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                list.Add((r.IsDBNull(0) ? null : r.GetString(0), CoverageTable.DateOf(r, 1),
                    r.GetString(2), r.GetString(3), r.GetString(4)));
            }

            return list;
        });
        Assert.True(rows.Count > 300, $"{rows.Count} sponsorships for a group");

        // When each is checked against the group's membership that day
        var wrong = rows.Where(x => SponsorGroups.CodeOf(x.Group) is not { } g || !SponsorGroups.IsMember(g, x.State, x.Date))
            .Select(x => $"{x.Symbol}: {x.State} for {x.Group} ({x.Entry})").ToList();

        // Then every group is one on record and every state speaks only for a group it belongs to: a state the list
        // credits with another's phrase (Russia for the Non-Aligned Movement) would be listed here
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("A/RES/77/213")]
    [InlineData("A/RES/77/214")]
    [InlineData("A/RES/78/202")]
    public void RussiaInTheNonAlignedPhrase_SponsorsInItsOwnNameAndCubaSpeaksForTheMovement(string symbol)
    {
        // Given a text whose list attaches the Non-Aligned Movement's phrase to Russia, after Cuba
        var raw = s_raw.Value.First(r => r.Symbol == symbol);
        Assert.Contains(raw.Sponsors, e => e.StartsWith("RUSSIAN FEDERATION (ON BEHALF OF", StringComparison.Ordinal));

        // When its sponsor set is read from the record
        var set = Read(db => SponsorshipTable.Sets(db)).Single(s => s.Symbol == symbol);

        // Then China and Russia sponsor it in their own names and Cuba for the Movement
        Assert.Contains("CHN", set.States);
        Assert.Contains("RUS", set.States);
        Assert.Equal(["CUB"], set.ForGroups);
    }

    [Fact]
    public void GroupTexts_ChinaSponsorsThroughTheGroupOf77AndRussiaThroughNone()
    {
        // Given every covered text and the groups that sponsored it through a speaker
        var sets = Read(db => SponsorshipTable.Sets(db));
        var g77 = sets.Where(s => s.Groups.Contains("G77")).ToList();

        // When China's and Russia's sponsorships through a group are counted
        var china = sets.Count(s => s.ThroughGroup("CHN"));
        var russia = sets.Count(s => s.ThroughGroup("RUS"));

        // Then China sponsored through the Group of 77 and China every such text it did not sponsor itself, and Russia,
        // in none of the groups, through none
        Assert.True(g77.Count > 100, $"{g77.Count} texts of the Group of 77 and China");
        Assert.Equal(g77.Count(s => !s.States.Contains("CHN")), china);
        Assert.Equal(0, russia);
    }
}
