namespace Concord.Sync;

/// <summary>A data file could not be downloaded, or arrived with a size or checksum other than the manifest's.</summary>
/// <remarks>The message names the file or URL and what went wrong, so the CLI can show it as it is.</remarks>
public sealed class DataDownloadException : Exception
{
    public DataDownloadException()
    {
    }

    public DataDownloadException(string message)
        : base(message)
    {
    }

    public DataDownloadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
