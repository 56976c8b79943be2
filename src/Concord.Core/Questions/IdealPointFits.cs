using Concord.Analysis.IdealPoints;
using Concord.Domain;
using Concord.Store;

namespace Concord.Questions;

/// <summary>The ideal points of a database: a stored fit of the model when there is one, else a fit of what the store
/// reads (<see cref="IdealPointInputs"/>) by <see cref="IdealPointFitter"/>.</summary>
public static class IdealPointFits
{
    /// <summary>A stored fit of this model, else a new fit (which the command line keeps beside the database).</summary>
    /// <remarks>A fit made by <c>concord ideal --refit</c> for this build of the database (the file beside it) comes
    /// first, then the sync's fit in the <c>ideal_points</c> table.</remarks>
    public static IdealPointSet Get(ConcordDatabase db, bool refit, out bool fitted, IdealPointOptions? options = null)
    {
        options ??= IdealPointOptions.Default;
        var model = IdealPointFitter.ModelDescription(options);
        var cached = refit ? null : IdealPointCache.Read(db, model) ?? IdealPointTable.Read(db, model);
        fitted = cached is null;
        return cached ?? Fit(db, options);
    }

    public static IdealPointSet Fit(ConcordDatabase db, IdealPointOptions? options = null) =>
        IdealPointFitter.Fit(IdealPointInputs.Matrix(db), IdealPointInputs.Titles(db), IdealPointInputs.Reference(db), options);

    /// <summary>The fit on its own scale, with the data it used.</summary>
    public static (IdealVoteData Data, IdealPointEstimates Estimates) FitRaw(ConcordDatabase db, IdealPointOptions options) =>
        IdealPointFitter.FitRaw(IdealPointInputs.Matrix(db), IdealPointInputs.Titles(db), options);
}
