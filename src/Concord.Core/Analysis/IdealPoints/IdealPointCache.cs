using System.Globalization;
using System.Text;
using Concord.Store;

namespace Concord.Analysis.IdealPoints;

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
    private const string Header = "concord ideal-point cache 1";

    public static string PathFor(string databasePath) => databasePath + ".ideal-points";

    /// <param name="model">The model description the fit must have been made under; the stored text goes on to name the scale.</param>
    public static IdealPointSet? Read(ConcordDatabase db, string model)
    {
        var path = PathFor(db.Path);
        try
        {
            if (!File.Exists(path))
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

            var fitted = DateTime.Parse(reader.ReadLine() ?? "", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            var points = new List<IdealPoint>();
            while (reader.ReadLine() is { Length: > 0 } line)
            {
                var f = line.Split(',');
                points.Add(new IdealPoint(f[0], int.Parse(f[1], CultureInfo.InvariantCulture), double.Parse(f[2], CultureInfo.InvariantCulture),
                    double.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture), int.Parse(f[5], CultureInfo.InvariantCulture)));
            }

            return points.Count == 0 ? null : new IdealPointSet(points, stored, fitted);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            // A damaged or unreadable cache is no cache: the caller fits again.
            return null;
        }
    }

    /// <summary>Replaces the stored fit; false (nothing written) when the folder cannot be written.</summary>
    public static bool Write(ConcordDatabase db, IdealPointSet set)
    {
        var path = PathFor(db.Path);
        var temp = $"{path}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        try
        {
            using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
            {
                writer.WriteLine(Header);
                writer.WriteLine(BuildKey(db));
                writer.WriteLine(set.Model);
                writer.WriteLine(set.FittedAtUtc.ToString("o", CultureInfo.InvariantCulture));
                foreach (var p in set.Points)
                {
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{p.State},{p.Year},{p.Position:R},{p.Lower:R},{p.Upper:R},{p.Votes}"));
                }
            }

            File.Move(temp, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            return false;
        }
    }

    /// <summary>Which build of the database a fit belongs to: a new sync changes every part of it.</summary>
    private static string BuildKey(ConcordDatabase db)
    {
        var file = new FileInfo(db.Path);
        return string.Create(CultureInfo.InvariantCulture, $"{db.MetaValue("built_at_utc")}|{db.MetaValue("reference_sha256")}|{file.Length}|{file.LastWriteTimeUtc.Ticks}");
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a stray temporary file is harmless.
        }
    }
}
