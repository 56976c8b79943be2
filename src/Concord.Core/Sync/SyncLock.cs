using Concord.Store;
namespace Concord.Sync;

/// <summary>The lock file that serialises syncs into one database (<c>concord.duckdb.lock</c>, deleted when released).</summary>
/// <remarks>
/// Only one failure means "another sync holds it": the operating system's sharing violation on the exclusive open.
/// Every other error (a read-only folder, a name too long, no permission) will not go away by waiting, so it is
/// reported at once. While a real holder runs, the wait is reported once, so that a user does not see a silent hang.
/// </remarks>
public static class SyncLock
{
    /// <summary>How long a sync waits for another one before giving up.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(10);

    // .NET reports a held flock as an IOException carrying errno EWOULDBLOCK (11 on Linux, 35 on macOS);
    // Windows gives ERROR_SHARING_VIOLATION (32) or ERROR_LOCK_VIOLATION (33) as an HRESULT.
    private static readonly int[] s_heldCodes = [11, 35, unchecked((int)0x80070020), unchecked((int)0x80070021)];

    public static FileStream Acquire(string databasePath, IProgress<SyncProgress>? progress = null, TimeSpan? maxWait = null)
    {
        var lockPath = databasePath + ".lock";
        var deadline = DateTime.UtcNow + (maxWait ?? MaxWait);
        var told = false;
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException e) when (IsHeld(e))
            {
                if (DateTime.UtcNow >= deadline)
                {
                    throw new SyncRefusedException($"Another sync of {databasePath} has held its lock ({lockPath}) for {(maxWait ?? MaxWait).TotalMinutes:0} minutes; giving up. If no sync is running, delete the lock file.", e);
                }

                if (!told)
                {
                    told = true;
                    progress?.Report(new SyncProgress($"waiting for another sync of this database to finish (lock {lockPath})", 0));
                }

                Thread.Sleep(100);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new SyncRefusedException($"Cannot create the lock file {lockPath} beside the database: {e.Message} Choose a database path in a folder you can write (--db or CONCORD_DB).", e);
            }
        }
    }

    /// <summary>True when the exclusive open failed because another process holds the lock, not for any other I/O error.</summary>
    internal static bool IsHeld(IOException e) => e.GetType() == typeof(IOException) && s_heldCodes.Contains(e.HResult);
}
