namespace Concord.Forums;

/// <summary>One of the secondary exercise datasets: its file, the period its title gives, and whose exercises it lists.</summary>
/// <param name="Label">The short name its rows carry as <see cref="RecordOrigin.Label"/>.</param>
/// <param name="Name">The name readers see ("MME v7").</param>
/// <param name="FirstYear">First start year of the period the dataset's title gives; a row dated before it is a typo and is left out.</param>
/// <param name="LastYear">Last start year of that period.</param>
/// <param name="OnlyWith">The state every listed exercise includes (the Russia list holds Russia's exercises only), or null when
/// the dataset lists exercises of any states.</param>
/// <param name="RepeatsRows">True for a coder worksheet that lists some exercises twice, whose rows are matched with each
/// other too; a published list of distinct exercises is matched only against other sources.</param>
public sealed record ExerciseDataset(string Label, string Name, string File, int FirstYear, int LastYear, string? OnlyWith, bool RepeatsRows)
{
    public static readonly ExerciseDataset Mme = new("mme-v7", "MME v7", ExerciseDatasetReader.MmeFile, 1980, 2010, null, false);

    public static readonly ExerciseDataset Jme = new("jme-v3", "JME v3", ExerciseDatasetReader.JmeFile, 1974, 2010, null, true);

    public static readonly ExerciseDataset RussiaList = new("russia-2009-2018", "the Russia list", ExerciseDatasetReader.RussiaFile, 2009, 2018, "RUS", false);

    /// <summary>The datasets in the order they are read and matched.</summary>
    public static IReadOnlyList<ExerciseDataset> All { get; } = [Mme, Jme, RussiaList];

    public static ExerciseDataset? Find(string label) => All.FirstOrDefault(d => d.Label == label);

    /// <summary>Whether every exercise of <paramref name="states"/> together can be in this dataset, not only those with <see cref="OnlyWith"/>.</summary>
    public bool CoversAllExercisesOf(IReadOnlyCollection<string> states) => OnlyWith is null || states.Contains(OnlyWith, StringComparer.Ordinal);
}
