using Concord.Domain;

namespace Concord.Store;

/// <summary>What the ideal-point fit reads from the database: the General Assembly's vote matrix (predecessors merged),
/// its decisions' titles (to find recurring resolutions) and the reference positions its scale is aligned to.</summary>
/// <remarks>The fit itself (<c>Analysis/IdealPoints</c>) works on these in memory and never opens the database.</remarks>
public static class IdealPointInputs
{
    public static VoteMatrix Matrix(ConcordDatabase db) => VoteMatrixLoader.Load(db, Forum.GeneralAssembly, mergePredecessors: true);

    /// <summary>The titles of the General Assembly's decisions, by decision id.</summary>
    public static Dictionary<int, string> Titles(ConcordDatabase db)
    {
        var titles = new Dictionary<int, string>();
        using var cmd = db.Command("SELECT decision_id, title FROM decisions WHERE forum = $1 AND recorded_vote AND title IS NOT NULL", Forum.GeneralAssembly.Code());
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            titles[r.GetInt32(0)] = r.GetString(1);
        }

        return titles;
    }

    /// <summary>The reference positions by (state, year).</summary>
    public static Dictionary<(string, int), double> Reference(ConcordDatabase db)
    {
        var result = new Dictionary<(string, int), double>();
        using var cmd = db.Command("SELECT state, year, ideal_point FROM ideal_points_reference");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            result[(r.GetString(0), r.GetInt16(1))] = r.GetDouble(2);
        }

        return result;
    }
}
