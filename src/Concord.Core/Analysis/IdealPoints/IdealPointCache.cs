using Concord.Store;
using DuckDB.NET.Data;

namespace Concord.Analysis.IdealPoints;

/// <summary>The fitted ideal points kept in the database (table <c>ideal_points</c>), so that a fit is paid for once per sync.</summary>
/// <remarks>
/// The sync creates the table empty; <c>concord ideal</c> fills it. A fit made under another model description is not
/// read back, so a change of estimator or priors refits on its own. Writing needs the database opened for writing,
/// which fails while another process holds it; the caller then keeps its fit in memory.
/// </remarks>
public static class IdealPointCache
{
    /// <param name="model">The model description the fit must have been made under; the stored text goes on to name the scale.</param>
    public static IdealPointSet? Read(ConcordDatabase db, string model)
    {
        var points = new List<IdealPoint>();
        DateTime fitted = default;
        var stored = model;
        try
        {
            using var cmd = db.Command("SELECT state, year, position, lower, upper, votes, fitted_at, model FROM ideal_points WHERE starts_with(model, $1) ORDER BY state, year", model + ";");
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                points.Add(new IdealPoint(r.GetString(0), r.GetInt16(1), r.GetDouble(2), r.GetDouble(3), r.GetDouble(4), r.GetInt32(5)));
                fitted = r.GetDateTime(6);
                stored = r.GetString(7);
            }
        }
        catch (DuckDBException)
        {
            return null;
        }

        return points.Count == 0 ? null : new IdealPointSet(points, stored, fitted);
    }

    /// <summary>Replaces the stored fit; false (nothing written) when the database cannot be opened for writing.</summary>
    public static bool Write(string databasePath, IdealPointSet set)
    {
        try
        {
            using var connection = new DuckDBConnection($"Data Source={databasePath}");
            connection.Open();
            using var tx = connection.BeginTransaction();
            using (var delete = connection.CreateCommand())
            {
                delete.CommandText = "DELETE FROM ideal_points";
                delete.ExecuteNonQuery();
            }

            using (var a = connection.CreateAppender("ideal_points"))
            {
                foreach (var p in set.Points)
                {
                    a.CreateRow().AppendValue(p.State).AppendValue((short)p.Year).AppendValue(p.Position).AppendValue(p.Lower).AppendValue(p.Upper)
                        .AppendValue(p.Votes).AppendValue(set.FittedAtUtc).AppendValue(set.Model).EndRow();
                }
            }

            tx.Commit();
            return true;
        }
        catch (DuckDBException)
        {
            return false;
        }
    }
}
