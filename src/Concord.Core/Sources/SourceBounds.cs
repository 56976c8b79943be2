namespace Concord.Sources;

/// <summary>The largest file each source may be, on disk and (for a gzipped file) decompressed, and the longest field.</summary>
/// <remarks>
/// The bounds are about 20 times the largest real file of each source (docs/reliability.md lists them), so that a
/// source can grow for years and still fit, while a wrong file (a disk image, <c>/dev/zero</c> behind a symbolic
/// link, a gzip bomb) is refused before it fills the memory. The longest field in the real data is 1,494 characters
/// (an <c>unvotes</c> description); a field is bounded at 32,768, so that a runaway quote or a pasted document is
/// refused with its file, line and field instead of reaching the regular expressions of the issue rules.
/// </remarks>
public readonly record struct SourceBounds(long MaxFileBytes, long MaxExpandedBytes)
{
    public const int MaxFieldChars = 32_768;

    private const long MiB = 1024 * 1024;

    /// <summary>The bound of the source a data-directory path belongs to.</summary>
    public static SourceBounds For(string relativePath)
    {
        var p = relativePath.Replace('\\', '/');
        return p switch
        {
            UnvotesReader.VotesFile => new(128 * MiB, 512 * MiB),
            _ when p.StartsWith("ga/unvotes", StringComparison.Ordinal) => new(64 * MiB, 0),
            UndlWideReader.File => new(128 * MiB, 0),
            _ when p.StartsWith(DgacmReader.GaFolder, StringComparison.Ordinal) || p.StartsWith(DgacmReader.ScFolder, StringComparison.Ordinal) => new(32 * MiB, 0),
            ScDraftVotesReader.File => new(160 * MiB, 0),
            VetoListReader.DhlFile or VetoListReader.WpdlFile => new(8 * MiB, 0),
            _ when p.StartsWith(UndlVotingCsvReader.Folder, StringComparison.Ordinal) => new(512 * MiB, 0),
            IdealPointReferenceReader.File => new(32 * MiB, 0),
            SpeechCorpusReader.File => new(1024 * MiB, 4096 * MiB),
            _ => new(64 * MiB, 0),
        };
    }

    public static string Describe(long bytes) => bytes >= MiB ? $"{bytes / MiB:N0} MiB" : $"{bytes:N0} bytes";
}
