namespace Concord.Sync;

/// <summary>How far a <see cref="DataDownloader"/> run has got, for a progress display.</summary>
/// <remarks>
/// <see cref="BytesDone"/> counts the whole file, including bytes kept from an earlier interrupted run, so a bar
/// for <see cref="File"/> runs from 0 to <see cref="BytesTotal"/>. <see cref="FileIndex"/> counts from 1 to
/// <see cref="FileCount"/>; a file already present is reported once, as complete.
/// </remarks>
public readonly record struct DownloadProgress(string File, long BytesDone, long BytesTotal, int FileIndex, int FileCount);
