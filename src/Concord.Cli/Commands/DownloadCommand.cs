using Concord.Sources;
using Concord.Sync;
using Spectre.Console;

namespace Concord.Cli.Commands;

/// <summary>Downloads the data files from a mirror URL, with a progress bar on stderr.</summary>
internal static class DownloadCommand
{
    public static void Run(CliContext ctx, Uri? url, string targetDir)
    {
        ctx.Err.WriteLine($"Downloading {DataManifest.Default.Entries.Count} files from {(url is null ? "their publishers" : url.ToString())} into {targetDir}");
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        var downloader = new DataDownloader(http);
        DownloadReport report;
        if (Console.IsErrorRedirected || ctx.Err != Console.Error)
        {
            var lastFile = -1;
            report = Fetch(downloader, url, targetDir, new SynchronousProgress<DownloadProgress>(p =>
            {
                if (p.FileIndex != lastFile)
                {
                    lastFile = p.FileIndex;
                    ctx.Err.WriteLine($"  [{p.FileIndex}/{p.FileCount}] {p.File}");
                }
            })).GetAwaiter().GetResult();
        }
        else
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            report = null!;
            console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new DownloadedColumn(), new TransferSpeedColumn())
                .Start(pc =>
                {
                    var task = pc.AddTask("download", maxValue: DataManifest.Default.Entries.Sum(e => e.Bytes));
                    var doneBefore = 0L;
                    var current = -1;
                    var currentBytes = 0L;
                    report = Fetch(downloader, url, targetDir, new SynchronousProgress<DownloadProgress>(p =>
                    {
                        if (p.FileIndex != current)
                        {
                            doneBefore += currentBytes;
                            current = p.FileIndex;
                        }

                        currentBytes = p.BytesTotal;
                        task.Description = $"[{p.FileIndex}/{p.FileCount}] {Markup.Escape(p.File)}";
                        task.Value = doneBefore + p.BytesDone;
                    })).GetAwaiter().GetResult();
                    task.Value = task.MaxValue;
                });
        }

        ctx.Err.WriteLine($"Downloaded {report.FilesDownloaded} files ({report.BytesDownloaded:N0} bytes, {report.Resumed} resumed); {report.FilesAlreadyPresent} were already present.");
        if (report.Unavailable is { Count: > 0 } missing)
        {
            ctx.Err.WriteLine($"{missing.Count} files are published only in another form (.rda, .xlsx, .zip, HTML) and were not fetched: " + string.Join(", ", missing));
            ctx.Err.WriteLine("Get them from a mirror of the converted files (concord data sync --from URL) or point --data at a copy; `concord data sources` lists each publisher.");
        }
    }

    private static Task<DownloadReport> Fetch(DataDownloader downloader, Uri? url, string targetDir, IProgress<DownloadProgress> progress) =>
        url is null
            ? downloader.DownloadFromPublishersAsync(targetDir, DataManifest.Default, progress)
            : downloader.DownloadAsync(url, targetDir, DataManifest.Default, progress);
}
