using System.Globalization;
using Concord.Domain;
using Concord.Sources;
using Concord.States;

namespace Concord.Forums;

/// <summary>Reads every exercise of two or more states from the secondary exercise datasets.</summary>
/// <remarks>
/// Three files in <c>secondary/</c> (data README sections 5 and 8; <see cref="ExerciseDataset"/>): MME v7 (D'Orazio and
/// Galambos, country names, dated 1980–2010), JME v3 (D'Orazio's coder worksheet, ISO-3 codes, 1974–2010) and the list of
/// exercises involving Russia 2009–2018 (years only, partners by name). One event per row, listing all its participants, so
/// that an exercise of many states is found under every pair of them. A date known only to the year stays a year. Each row
/// is cited as the dataset, file and row; a participant that is not a state (<c>-9</c>, "NATO", a territory) is left out
/// of the participants. A row is left out, with the reason, when fewer than two states remain or when its start date cannot
/// be read or falls outside the dataset's period (the JME worksheet has typed dates such as <c>03/05/3009</c>). Matching
/// against curated rows is <see cref="ExerciseMatcher"/>'s job.
/// </remarks>
public sealed class ExerciseDatasetReader(StateRegistry states)
{
    public const string MmeFile = "secondary/mme_v7_multinational_military_exercises_1980_2010.csv";
    public const string JmeFile = "secondary/jme_v3_joint_military_exercises_1974_2010_dorazio.csv";
    public const string RussiaFile = "secondary/joint_military_exercises_involving_russia_2009_2018.csv";

    /// <summary>Participant entries that are not states: unknown (-9), alliances and groups, and territories the registry does not hold as states.</summary>
    private static readonly HashSet<string> s_notStates = new(
        ["-9", "NATO", "8 NATO MEMBERS", "Baltic States", "Bermuda", "BMU", "Hong Kong SAR China", "Netherlands Antilles", "New Caledonia"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Known series, by English and Russian names, so year-only rows can be matched to dated ones.</summary>
    private static readonly (string Fragment, string Series)[] s_series =
    [
        ("peace mission", "Peace Mission"), ("мирная миссия", "Peace Mission"),
        ("joint sea", "Joint Sea"), ("морское взаимодейств", "Joint Sea"), ("maritime interaction", "Joint Sea"),
        ("norak", "Norak-Antiterror"), ("норак", "Norak-Antiterror"),
    ];

    /// <summary>All three datasets that are present in <paramref name="dataDir"/>, in the order MME, JME, Russia list.</summary>
    public ExerciseRows Read(string dataDir)
    {
        var all = ExerciseRows.Empty;
        if (File.Exists(Path.Combine(dataDir, MmeFile)))
        {
            all = all.Concat(ReadMme(dataDir));
        }

        if (File.Exists(Path.Combine(dataDir, JmeFile)))
        {
            all = all.Concat(ReadJme(dataDir));
        }

        if (File.Exists(Path.Combine(dataDir, RussiaFile)))
        {
            all = all.Concat(ReadRussiaList(dataDir));
        }

        return all;
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

    public ExerciseRows ReadMme(string dataDir)
    {
        using var src = CsvSource.Open(dataDir, MmeFile);
        var stateColumns = src.ColumnNames.Where(c => c.StartsWith("State", StringComparison.Ordinal)).Select(src.Column).ToArray();
        var (id, name, location) = (src.Column("MMEID"), src.Column("Ex_Name"), src.Column("Location"));
        var (sy, sm, sd, ey, em, ed) = (src.Column("s.year"), src.Column("s.month"), src.Column("s.day"), src.Column("e.year"), src.Column("e.month"), src.Column("e.day"));
        var rows = new Rows(ExerciseDataset.Mme);
        foreach (var row in src.Reader)
        {
            if (!src.Accept(row))
            {
                continue;
            }

            // MME is a published release: a year that cannot be read is a damaged file, not a typo to step over.
            var start = Parts(row[sy].ToString(), row[sm].ToString(), row[sd].ToString()) ?? throw src.Error(row, "s.year", $"'{row[sy]}' is not a year");
            var end = Parts(row[ey].ToString(), row[em].ToString(), row[ed].ToString()) ?? throw src.Error(row, "e.year", $"'{row[ey]}' is not a year");
            var participants = Resolve(src, row, "StateA", Cells(row, stateColumns, upper: false), start.First);
            var exName = row[name].ToString().Trim();
            var mmeId = row[id].ToString().Trim();
            var title = exName is "-9" or "" ? "unnamed exercise" : exName;
            rows.Add(row.LineNumberFrom, Event($"mme-v7:{mmeId}:{row.LineNumberFrom}", title, start, end, participants, row[location].ToString().Trim(),
                $"MME {mmeId}", Cite(MmeFile, $"MME v7 {mmeId}", null), new RecordOrigin(ExerciseDataset.Mme.Label, MmeFile, row.LineNumberFrom)));
        }

        return rows.ToResult();
    }

    public ExerciseRows ReadJme(string dataDir)
    {
        using var src = CsvSource.Open(dataDir, JmeFile);
        var stateColumns = src.ColumnNames.Where(c => c.StartsWith("State ", StringComparison.Ordinal)).Select(src.Column).ToArray();
        var (name, location, startText, endText) = (src.Column("Exercise Name"), src.Column("Location1"), src.Column("Start Date"), src.Column("enddate"));
        var (sy, sm, sd, ey, em, ed) = (src.Column("s.year"), src.Column("s.month"), src.Column("s.day"), src.Column("e.year"), src.Column("e.month"), src.Column("e.day"));
        var rows = new Rows(ExerciseDataset.Jme);
        foreach (var row in src.Reader)
        {
            if (!src.Accept(row))
            {
                continue;
            }

            // The worksheet has mistyped case in some codes (uSA, DEu).
            var codes = Cells(row, stateColumns, upper: true);
            if (codes.Count == 0)
            {
                // The sheet's one empty row.
                continue;
            }

            // A coder worksheet: rows added in 2015-16 carry only typed date text, with typos; such a row is left out, not repaired.
            var start = row[sy].ToString().Trim().Length > 0
                ? Parts(row[sy].ToString(), row[sm].ToString(), row[sd].ToString())
                : SlashDate(row[startText].ToString());
            if (start is null)
            {
                rows.LeaveOut(row.LineNumberFrom, $"start date '{(row[sy].ToString().Trim().Length > 0 ? row[sy].ToString() : row[startText].ToString())}' cannot be read");
                continue;
            }

            var end = row[ey].ToString().Trim().Length > 0
                ? Parts(row[ey].ToString(), row[em].ToString(), row[ed].ToString())
                : SlashDate(row[endText].ToString());
            var participants = Resolve(src, row, "State A", codes, start.Value.First);
            var exName = row[name].ToString().Trim();
            var title = exName is "-9" or "" ? "unnamed exercise" : exName;
            rows.Add(row.LineNumberFrom, Event($"jme-v3:{row.LineNumberFrom}", title, start.Value, end, participants, row[location].ToString().Trim(),
                $"JME line {row.LineNumberFrom}", Cite(JmeFile, $"JME v3 line {row.LineNumberFrom}", null), new RecordOrigin(ExerciseDataset.Jme.Label, JmeFile, row.LineNumberFrom)));
        }

        return rows.ToResult();
    }

    public ExerciseRows ReadRussiaList(string dataDir)
    {
        using var src = CsvSource.Open(dataDir, RussiaFile);
        var parts = src.ColumnNames.Where(c => c.StartsWith("part", StringComparison.Ordinal)).Select(src.Column).ToArray();
        var (id, name, year, source) = (src.Column("id"), src.Column("name"), src.Column("yr"), src.Column("source"));
        var rows = new Rows(ExerciseDataset.RussiaList);
        foreach (var row in src.Reader)
        {
            if (!src.Accept(row))
            {
                continue;
            }

            var rowId = row[id].ToString().Trim();
            var partners = Cells(row, parts, upper: false);
            if (rowId.Length == 0 && partners.Count == 0)
            {
                // The ~890 empty rows after the list, kept as published.
                continue;
            }

            var yearText = row[year].ToString().Trim();
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || !Sources.Dates.IsPossibleYear(y))
            {
                throw src.Error(row, "yr", $"'{yearText}' is not a year");
            }

            var start = PartialDate.OfYear(y);
            var participants = Resolve(src, row, "part1", ["Russia", .. partners], start.First);
            var url = row[source].ToString().Trim();
            rows.Add(row.LineNumberFrom, Event($"russia-2009-2018:{rowId}", row[name].ToString().Trim(), start, null, participants, null,
                $"row id {rowId}; year only", Cite(RussiaFile, $"exercise list row {rowId}", url.StartsWith("http", StringComparison.Ordinal) ? url : null),
                new RecordOrigin(ExerciseDataset.RussiaList.Label, RussiaFile, row.LineNumberFrom)));
        }

        return rows.ToResult();
    }

    /// <summary>One dataset's rows as they are read: kept, or left out with the reason.</summary>
    private sealed class Rows(ExerciseDataset dataset)
    {
        private readonly List<BilateralEvent> _events = [];
        private readonly List<string> _leftOut = [];

        public void Add(long line, BilateralEvent e)
        {
            if (e.Participants.Count < 2)
            {
                LeaveOut(line, e.Participants.Count == 0 ? "no participant is a known state" : $"{e.Participants[0]} is the only participant that is a state");
            }
            else if (e.Start.Year < dataset.FirstYear || e.Start.Year > dataset.LastYear)
            {
                LeaveOut(line, $"starts in {e.Start.Year}, outside the dataset's {dataset.FirstYear}–{dataset.LastYear}");
            }
            else
            {
                _events.Add(e);
            }
        }

        public void LeaveOut(long line, string reason) => _leftOut.Add($"{dataset.File}:{line}: {reason}");

        public ExerciseRows ToResult() => new(_events, _leftOut);
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
        var (publisher, origin) = s_manifest.GetOrAdd(file, f => DataManifest.Default.Find(f) is { } m ? (m.Publisher, m.OriginUrl) : (f, null));
        return new SourceCitation(publisher, title, null, url ?? origin);
    }

    /// <summary>Each file's publisher and address, looked up once rather than once per row.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Publisher, string? OriginUrl)> s_manifest = new(StringComparer.Ordinal);

    private List<string> Resolve(CsvSource src, nietras.SeparatedValues.SepReader.Row row, string field, IEnumerable<string> names, DateOnly on)
    {
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var n in names)
        {
            if (s_notStates.Contains(n))
            {
                continue;
            }

            // MME and JME use "Russia"/RUS for the USSR too: the registry resolves it to SUN before 1991-12-24 by the row's start date.
            if (!states.TryResolve(n, on, out var s))
            {
                throw src.Error(row, field, $"unknown state '{n}'");
            }

            codes.Add(s.Code);
        }

        return [.. codes];
    }

    /// <summary>Year, month and day columns where "xx" (or empty) means unknown; null when the year cannot be read.</summary>
    private static PartialDate? Parts(string year, string month, string day)
    {
        var inv = CultureInfo.InvariantCulture;
        if (!int.TryParse(year.Trim(), NumberStyles.None, inv, out var y) || !Sources.Dates.IsPossibleYear(y))
        {
            return null;
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

    /// <summary>The worksheet's text dates: M/D/YYYY, with "xx" for an unknown month or day, or YYYY-MM-DD; null when not a date.</summary>
    private static PartialDate? SlashDate(string text)
    {
        var t = text.Trim();
        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return PartialDate.Day(iso);
        }

        var p = t.Split('/');
        return p.Length == 3 ? Parts(p[2], p[0], p[1]) : null;
    }
}
