using System.Globalization;
using System.Text;
using Concord.Domain;
using Concord.Store;

namespace Concord.Store;

/// <summary>The fitted ideal points kept in a file beside the database (<c>concord.duckdb.ideal-points</c>), so that a
/// fit is paid for once per sync without a query command ever writing the database.</summary>
/// <remarks>
/// Only the sync writes the database: a query that opened it for writing to store its fit made a concurrent query fail
/// on DuckDB's lock. The file names the database build it belongs to (its build time, reference tables, size and
/// modification time) and the model description; a fit for another build or model is not read back, so a sync or a
/// change of estimator refits on its own. It is written to a temporary name and renamed over the old one, so a reader
/// sees a whole file or none; several commands fitting at once each write a whole file, and the last rename wins.
/// </remarks>
public static class IdealPointCache
{
    private const string Header = "concord ideal-point cache 2";

    /// <summary>The largest cache read (a fit of every state-year is under 1 MB): anything larger is not a cache.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public static string PathFor(string databasePath) => databasePath + ".ideal-points";

    /// <param name="model">The model description the fit must have been made under; the stored text goes on to name the scale.</param>
    public static IdealPointSet? Read(ConcordDatabase db, string model)
    {
        var path = PathFor(db.Path);
        try
        {
            // A side file is an input like any other: a regular file of bounded size (not a pipe, a device or a link to
            // one), whole (its row count), with finite figures; anything else is no cache, and the fit is taken anew.
            if (!File.Exists(path) || !Sources.SourceFile.IsRegular(path) || new FileInfo(path).Length > MaxBytes)
            {
                return null;
            }

            using var reader = new StreamReader(path, Encoding.UTF8);
            if (reader.ReadLine() != Header || reader.ReadLine() != BuildKey(db))
            {
                return null;
            }

            var stored = reader.ReadLine();
            if (stored is null || !stored.StartsWith(model + ";", StringComparison.Ordinal))
            {
                return null;
            }

            if (!DateTime.TryParse(reader.ReadLine(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var fitted)
                || !int.TryParse(reader.ReadLine(), NumberStyles.None, CultureInfo.InvariantCulture, out var rows))
            {
                return null;
            }

            var points = new List<IdealPoint>(Math.Min(rows, 100_000));
            while (reader.ReadLine() is { Length: > 0 } line)
            {
                if (Row(line) is not { } point || points.Count == rows)
                {
                    return null;
                }

                points.Add(point);
            }

            if (points.Count != rows)
            {
                return null;
            }

            return points.Count == 0 ? null : new IdealPointSet(points, stored, fitted);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or OverflowException)
        {
            // A damaged or unreadable cache is no cache: the caller fits again.
            return null;
        }
    }

    /// <summary>Replaces the stored fit; false (nothing written) when the folder cannot be written.</summary>
    public static bool Write(ConcordDatabase db, IdealPointSet set) => SideFile.Write(PathFor(db.Path), file =>
    {
        using var writer = new StreamWriter(file, new UTF8Encoding(false));
        writer.WriteLine(Header);
        writer.WriteLine(BuildKey(db));
        writer.WriteLine(set.Model);
        writer.WriteLine(set.FittedAtUtc.ToString("o", CultureInfo.InvariantCulture));
        writer.WriteLine(set.Points.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var p in set.Points)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{p.State},{p.Year},{p.Position:R},{p.Lower:R},{p.Upper:R},{p.Votes}"));
        }
    });

    /// <summary>One stored point, or null when a field is missing, not a number, out of range or not finite.</summary>
    private static IdealPoint? Row(string line)
    {
        var f = line.Split(',');
        if (f.Length != 6
            || !int.TryParse(f[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) || year < UnCalendar.FirstYear || year > 2100
            || !int.TryParse(f[5], NumberStyles.Integer, CultureInfo.InvariantCulture, out var votes) || votes < 0)
        {
            return null;
        }

        var figures = new double[3];
        for (var i = 0; i < 3; i++)
        {
            if (!double.TryParse(f[2 + i], NumberStyles.Float, CultureInfo.InvariantCulture, out figures[i]) || !double.IsFinite(figures[i]) || Math.Abs(figures[i]) > 1e6)
            {
                return null;
            }
        }

        return new IdealPoint(f[0], year, figures[0], figures[1], figures[2], votes);
    }

    /// <summary>Which build of the database a fit belongs to: a new sync changes every part of it.</summary>
    private static string BuildKey(ConcordDatabase db)
    {
        var file = new FileInfo(db.Path);
        return string.Create(CultureInfo.InvariantCulture, $"{db.MetaValue("built_at_utc")}|{db.MetaValue("reference_sha256")}|{file.Length}|{file.LastWriteTimeUtc.Ticks}");
    }

}
