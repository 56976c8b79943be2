using Concord.Analysis.IdealPoints;
using Concord.Domain;
using Concord.Store;

namespace Concord.Sync;

/// <summary>The sync's last step: the dynamic ideal points into the <c>ideal_points</c> table of the new database.</summary>
/// <remarks>
/// The fit takes seconds, so it runs once per change of what it reads: when the previous database's fit was made from
/// the same input (<see cref="IdealPointTable.InputFingerprint"/>), its rows are carried over as they are.
/// </remarks>
internal static class SyncIdealPoints
{
    /// <returns>Whether a new fit was made (false: carried over, or no Assembly votes to fit).</returns>
    public static bool Fill(string building, string previous)
    {
        var model = IdealPointFitter.ModelDescription(IdealPointOptions.Default);
        string input;
        IdealPointSet set;
        var fitted = false;
        using (var db = ConcordDatabase.OpenReadOnly(building))
        {
            if (!IdealPointTable.HasVotes(db))
            {
                return false;
            }

            input = IdealPointTable.InputFingerprint(db, model);
            var carried = Previous(previous, input, model);
            if (carried is null)
            {
                fitted = true;
            }

            set = carried ?? IdealPointFitter.Fit(IdealPointInputs.Matrix(db), IdealPointInputs.Titles(db), IdealPointInputs.Reference(db));
        }

        using var writable = ConcordDatabase.OpenForBuilding(building);
        IdealPointTable.Write(writable, set, input);
        return fitted;
    }

    private static IdealPointSet? Previous(string previous, string input, string model)
    {
        if (!File.Exists(previous))
        {
            return null;
        }

        try
        {
            using var db = ConcordDatabase.OpenReadOnly(previous);
            return db.MetaValue(IdealPointTable.InputKey) == input ? IdealPointTable.Read(db, model) : null;
        }
        catch (Exception e) when (e is InvalidDataException or DuckDB.NET.Data.DuckDBException or IOException)
        {
            // An older or damaged database has no fit to carry over: fit again.
            return null;
        }
    }
}
