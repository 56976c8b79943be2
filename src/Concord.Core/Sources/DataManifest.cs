using Concord.States;
using nietras.SeparatedValues;

namespace Concord.Sources;

/// <summary>The files of Concord's data directory, with their checksums and publishers (Reference/data_manifest.csv).</summary>
/// <remarks>
/// The checksums are those of the copies Concord was built and tested against; <c>concord data sync --from URL</c>
/// refuses a downloaded file whose checksum differs. <see cref="Entry.OriginIdentical"/> says whether the
/// publisher's own file is byte-identical (some were converted from .rda or .xlsx and must come from a mirror).
/// </remarks>
public sealed class DataManifest
{
    private DataManifest(IReadOnlyList<Entry> entries) => Entries = entries;

    public IReadOnlyList<Entry> Entries { get; }

    public static DataManifest Default { get; } = Parse(StateRegistry.ReadResource("data_manifest.csv"));

    public Entry? Find(string relativePath) => Entries.FirstOrDefault(e => e.Path == relativePath.Replace('\\', '/'));

    public static DataManifest Parse(string csv)
    {
        var entries = new List<Entry>();
        using var r = Sep.Reader(o => o with { Unescape = true }).FromText(csv);
        foreach (var row in r)
        {
            entries.Add(new Entry(row["path"].ToString(), row["sha256"].ToString(), long.Parse(row["bytes"].Span, System.Globalization.CultureInfo.InvariantCulture),
                row["publisher"].ToString(), row["terms"].ToString(), row["origin_url"].ToString(), row["origin_identical"].Span is "true"));
        }

        return new DataManifest(entries);
    }

    public sealed record Entry(string Path, string Sha256, long Bytes, string Publisher, string Terms, string OriginUrl, bool OriginIdentical);
}
