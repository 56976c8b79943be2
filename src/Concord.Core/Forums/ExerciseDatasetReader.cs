using System.Globalization;
using Concord.Sources;
using Concord.States;

namespace Concord.Forums;

/// <summary>Reads the exercises that include both China and Russia from the secondary exercise datasets.</summary>
/// <remarks>
/// Three files in <c>secondary/</c> (data README sections 5 and 8): MME v7 (D'Orazio and Galambos, country names,
/// dated 1980–2010), JME v3 (D'Orazio's coder worksheet, ISO-3 codes, 1974–2010) and the list of exercises involving
/// Russia 2009–2018 (years only, partners by name). Only rows whose participants include both states are read; a
/// date known only to the year stays a year. Each row is cited as the dataset, file and row; a participant that is
/// not a state (<c>-9</c>, "NATO") is left out of the participants. Matching against curated rows is
/// <see cref="ExerciseMatcher"/>'s job.
/// </remarks>
public sealed class ExerciseDatasetReader(StateRegistry states)
{
    public const string MmeFile = "secondary/mme_v7_multinational_military_exercises_1980_2010.csv";
    public const string JmeFile = "secondary/jme_v3_joint_military_exercises_1974_2010_dorazio.csv";
    public const string RussiaFile = "secondary/joint_military_exercises_involving_russia_2009_2018.csv";


    private static readonly string[] s_notStates = ["-9", "NATO", "Baltic States"];

    /// <summary>Known series, by English and Russian names, so year-only rows can be matched to dated ones.</summary>
    private static readonly (string Fragment, string Series)[] s_series =
    [
        ("peace mission", "Peace Mission"), ("мирная миссия", "Peace Mission"),
        ("joint sea", "Joint Sea"), ("морское взаимодейств", "Joint Sea"), ("maritime interaction", "Joint Sea"),
        ("norak", "Norak-Antiterror"), ("норак", "Norak-Antiterror"),
    ];

    /// <summary>All three datasets that are present in <paramref name="dataDir"/>, in the order MME, JME, Russia list.</summary>
    public List<BilateralEvent> Read(string dataDir)
    {
        var events = new List<BilateralEvent>();
        if (File.Exists(Path.Combine(dataDir, MmeFile)))
        {
            events.AddRange(ReadMme(dataDir));
        }

        if (File.Exists(Path.Combine(dataDir, JmeFile)))
        {
            events.AddRange(ReadJme(dataDir));
        }

        if (File.Exists(Path.Combine(dataDir, RussiaFile)))
        {
            events.AddRange(ReadRussiaList(dataDir));
        }

        return events;
    }

    public static string? SeriesOf(string name)
    {
        var lower = name.ToLowerInvariant();
        foreach (var (fragment, series) in s_series)
        {
            if (lower.Contains(fragment, StringComparison.Ordinal))
            {
                return series;
            }
        }

        return null;
    }

    public List<BilateralEvent> ReadMme(string dataDir)
    {
        using var src = CsvSource.Open(dataDir, MmeFile);
        var stateColumns = src.ColumnNames.Where(c => c.StartsWith("State", StringComparison.Ordinal)).Select(src.Column).ToArray();
        var (id, name, location) = (src.Column("MMEID"), src.Column("Ex_Name"), src.Column("Location"));
        var (sy, sm, sd, ey, em, ed) = (src.Column("s.year"), src.Column("s.month"), src.Column("s.day"), src.Column("e.year"), src.Column("e.month"), src.Column("e.day"));
        var list = new List<BilateralEvent>();
        foreach (var row in src.Reader)
        {
            if (!src.Accept(row))
            {
                continue;
            }

            var names = Cells(row, stateColumns, upper: false);
            if (!names.Contains("China") || !names.Contains("Russia"))
            {
                continue;
            }

            var start = Parts(src, row, "s.year", row[sy].ToString(), row[sm].ToString(), row[sd].ToString());
            var end = Parts(src, row, "e.year", row[ey].ToString(), row[em].ToString(), row[ed].ToString());
            var participants = Resolve(src, row, "StateA", names, start.First);
            var exName = row[name].ToString().Trim();
            var mmeId = row[id].ToString().Trim();
            var title = exName is "-9" or "" ? "unnamed exercise" : exName;
            list.Add(Event($"mme-v7:{mmeId}:{row.LineNumberFrom}", title, start, end, participants, row[location].ToString().Trim(),
                $"MME {mmeId}", Cite(MmeFile, $"MME v7 {mmeId}", null), new RecordOrigin("mme-v7", MmeFile, row.LineNumberFrom)));
        }

        return list;
    }

    public List<BilateralEvent> ReadJme(string dataDir)
    {
        using var src = CsvSource.Open(dataDir, JmeFile);
        var stateColumns = src.ColumnNames.Where(c => c.StartsWith("State ", StringComparison.Ordinal)).Select(src.Column).ToArray();
        var (name, location, startText, endText) = (src.Column("Exercise Name"), src.Column("Location1"), src.Column("Start Date"), src.Column("enddate"));
        var (sy, sm, sd, ey, em, ed) = (src.Column("s.year"), src.Column("s.month"), src.Column("s.day"), src.Column("e.year"), src.Column("e.month"), src.Column("e.day"));
        var list = new List<BilateralEvent>();
        foreach (var row in src.Reader)
        {
            if (!src.Accept(row))
            {
                continue;
            }

            // The worksheet has mistyped case in some codes (uSA, DEu).
            var codes = Cells(row, stateColumns, upper: true);
            if (!codes.Contains("CHN") || !codes.Contains("RUS"))
            {
                continue;
            }

            var start = row[sy].ToString().Trim().Length > 0
                ? Parts(src, row, "s.year", row[sy].ToString(), row[sm].ToString(), row[sd].ToString())
                : SlashDate(src, row, "Start Date", row[startText].ToString());
            PartialDate? end = row[ey].ToString().Trim().Length > 0
                ? Parts(src, row, "e.year", row[ey].ToString(), row[em].ToString(), row[ed].ToString())
                : row[endText].ToString().Trim().Length > 0 ? SlashDate(src, row, "enddate", row[endText].ToString()) : null;
            var participants = Resolve(src, row, "State A", codes, start.First);
            var exName = row[name].ToString().Trim();
            var title = exName is "-9" or "" ? "unnamed exercise" : exName;
            list.Add(Event($"jme-v3:{row.LineNumberFrom}", title, start, end, participants, row[location].ToString().Trim(),
                $"JME line {row.LineNumberFrom}", Cite(JmeFile, $"JME v3 line {row.LineNumberFrom}", null), new RecordOrigin("jme-v3", JmeFile, row.LineNumberFrom)));
        }

        return list;
    }

    public List<BilateralEvent> ReadRussiaList(string dataDir)
    {
        using var src = CsvSource.Open(dataDir, RussiaFile);
        var parts = src.ColumnNames.Where(c => c.StartsWith("part", StringComparison.Ordinal)).Select(src.Column).ToArray();
        var (id, name, year, source) = (src.Column("id"), src.Column("name"), src.Column("yr"), src.Column("source"));
        var list = new List<BilateralEvent>();
        foreach (var row in src.Reader)
        {
            if (!src.Accept(row))
            {
                continue;
            }

            var partners = Cells(row, parts, upper: false);
            if (!partners.Contains("China"))
            {
                continue;
            }

            var yearText = row[year].ToString().Trim();
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || !Sources.Dates.IsPossibleYear(y))
            {
                throw src.Error(row, "yr", $"'{yearText}' is not a year");
            }

            var start = PartialDate.OfYear(y);
            var participants = Resolve(src, row, "part1", ["Russia", .. partners], start.First);
            var rowId = row[id].ToString().Trim();
            var url = row[source].ToString().Trim();
            list.Add(Event($"russia-2009-2018:{rowId}", row[name].ToString().Trim(), start, null, participants, null,
                $"row id {rowId}; year only", Cite(RussiaFile, $"exercise list row {rowId}", url.StartsWith("http", StringComparison.Ordinal) ? url : null),
                new RecordOrigin("russia-2009-2018", RussiaFile, row.LineNumberFrom)));
        }

        return list;
    }

    /// <summary>The non-empty cells of the given columns (a Sep row cannot be captured by a lambda).</summary>
    private static List<string> Cells(nietras.SeparatedValues.SepReader.Row row, int[] columns, bool upper)
    {
        var cells = new List<string>();
        foreach (var c in columns)
        {
            var v = row[c].ToString().Trim();
            if (v.Length > 0)
            {
                cells.Add(upper ? v.ToUpperInvariant() : v);
            }
        }

        return cells;
    }

    private static BilateralEvent Event(string id, string name, PartialDate start, PartialDate? end, List<string> participants, string? place, string note, SourceCitation source, RecordOrigin origin) =>
        new(id, EventKind.Exercise, name, SeriesOf(name), start, end is { } e && e.Last >= start.First ? e : null, participants,
            string.IsNullOrEmpty(place) || place == "-9" ? null : place, note, source, origin);

    private static SourceCitation Cite(string file, string title, string? url)
    {
        var m = DataManifest.Default.Find(file);
        return new SourceCitation(m?.Publisher ?? file, title, null, url ?? m?.OriginUrl);
    }

    private List<string> Resolve(CsvSource src, nietras.SeparatedValues.SepReader.Row row, string field, IEnumerable<string> names, DateOnly on)
    {
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var n in names)
        {
            if (s_notStates.Contains(n))
            {
                continue;
            }

            // MME and the Russia list use "Russia" for the USSR too; every row read here is from 1996 on.
            if (!states.TryResolve(n, on, out var s))
            {
                throw src.Error(row, field, $"unknown state '{n}'");
            }

            codes.Add(s.Code);
        }

        return [.. codes];
    }

    /// <summary>Year, month and day columns where "xx" (or empty) means unknown.</summary>
    private static PartialDate Parts(CsvSource src, nietras.SeparatedValues.SepReader.Row row, string field, string year, string month, string day)
    {
        var inv = CultureInfo.InvariantCulture;
        if (!int.TryParse(year.Trim(), NumberStyles.None, inv, out var y) || !Sources.Dates.IsPossibleYear(y))
        {
            throw src.Error(row, field, $"'{year}' is not a year");
        }

        if (!int.TryParse(month.Trim(), NumberStyles.None, inv, out var m) || m is < 1 or > 12)
        {
            return PartialDate.OfYear(y);
        }

        if (!int.TryParse(day.Trim(), NumberStyles.None, inv, out var d) || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return PartialDate.OfMonth(y, m);
        }

        return PartialDate.Day(new DateOnly(y, m, d));
    }

    /// <summary>The worksheet's text dates: M/D/YYYY, with "xx" for an unknown month or day.</summary>
    private static PartialDate SlashDate(CsvSource src, nietras.SeparatedValues.SepReader.Row row, string field, string text)
    {
        var t = text.Trim();
        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return PartialDate.Day(iso);
        }

        var p = t.Split('/');
        if (p.Length != 3)
        {
            throw src.Error(row, field, $"'{text}' is not a date");
        }

        return Parts(src, row, field, p[2], p[0], p[1]);
    }
}
