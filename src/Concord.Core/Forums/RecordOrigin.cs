namespace Concord.Forums;

/// <summary>Where a row of the forum record was read: the curated files shipped with Concord, a user's file, or a dataset.</summary>
/// <param name="Label">"curated", "user", or the dataset's short name (e.g. "mme-v7").</param>
/// <param name="File">The file, relative to its folder.</param>
/// <param name="Line">The line in that file (the first line of the row).</param>
public sealed record RecordOrigin(string Label, string File, long Line)
{
    public const string Curated = "curated";

    public const string User = "user";

    public bool IsDataset => Label is not (Curated or User);

    public override string ToString() => $"{Label} {File}:{Line}";
}
