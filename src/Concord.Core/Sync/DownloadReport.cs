namespace Concord.Sync;

/// <summary>What a <see cref="DataDownloader"/> run did, for the closing message.</summary>
/// <param name="FilesDownloaded">Files fetched and verified in this run.</param>
/// <param name="FilesAlreadyPresent">Files skipped because they were already there with the right checksum.</param>
/// <param name="BytesDownloaded">Bytes received over the network, including any discarded on a restart.</param>
/// <param name="Resumed">Downloaded files completed from a partial file left by an earlier run.</param>
/// <param name="Unavailable">Files with no address to fetch them from (a publisher's copy that is not byte-identical).</param>
public sealed record DownloadReport(int FilesDownloaded, int FilesAlreadyPresent, long BytesDownloaded, int Resumed, IReadOnlyList<string>? Unavailable = null);
