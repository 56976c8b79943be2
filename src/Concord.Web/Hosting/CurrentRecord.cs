using Concord.Sources;
using Concord.Store;

namespace Concord.Web.Hosting;

/// <summary>The record the server answers from, following its database file: after <c>concord data sync</c> replaces
/// the file, the next requests read the new database, without a restart.</summary>
/// <remarks>
/// <para>A request takes a <see cref="RecordLease"/> once, at its start, and reads every question, the brief and the
/// status from that one record, so that one answer never mixes two databases. The file's identity (inode, length,
/// last write) is looked at most once per <c>checkEvery</c>, by the first request after that interval; a change is
/// opened and warmed on a task of its own while requests go on reading the old record, then the reference is swapped.
/// The old record counts its leases and is disposed when the last request reading it ends.</para>
/// <para>When the file is missing (renamed away for a moment), requests are refused with
/// <see cref="RecordUnavailableException"/> (503 with Retry-After) until it is back; the record opened before is kept
/// aside and taken up again if the same file returns, else the file found is opened. A file that cannot be opened (a
/// damaged copy) leaves the last good record serving, and is tried again at the next check.</para>
/// </remarks>
public sealed class CurrentRecord : IDisposable
{
    private readonly string _path;
    private readonly long _checkEveryMs;
    private readonly ILogger _log;
    private readonly Lock _gate = new();
    private Generation? _current;
    private Generation? _parked;
    private FileIdentity _opening;
    private Task? _openTask;
    private long _nextCheck;
    private readonly HashSet<int> _spellingsInUse = [0];
    private int _generations;
    private bool _disposed;

    /// <param name="first">The database the server was started on (read-only); owned from now on.</param>
    public CurrentRecord(ConcordDatabase first, TimeSpan checkEvery, ILogger log)
    {
        _path = first.Path;
        _checkEveryMs = Math.Max(0, (long)checkEvery.TotalMilliseconds);
        _log = log;
        _current = new Generation(new LoadedRecord(first), FileIdentity.Of(_path), ++_generations, 0, Forget);
        _nextCheck = Environment.TickCount64 + _checkEveryMs;
    }

    /// <summary>Raised after a new record was swapped in, with its number (the output cache drops older answers).</summary>
    public event Action<int>? Swapped;

    /// <summary>The number of the record now served (1 for the one opened at start), for tests and logs.</summary>
    public int Number => Volatile.Read(ref _current)?.Number ?? 0;

    /// <summary>Loads the current record's matrices (the server, at start).</summary>
    public void Warm() => Volatile.Read(ref _current)?.Record.Warm();

    /// <summary>The record to read for one request; dispose the lease when the request ends.</summary>
    /// <exception cref="RecordUnavailableException">The database file is missing.</exception>
    public RecordLease Acquire()
    {
        CheckWhenDue();
        while (true)
        {
            var generation = Volatile.Read(ref _current) ?? throw new RecordUnavailableException(
                $"The database is not there (renamed or being replaced?): the server serves it again as soon as it is back. Try again in a few seconds.");
            if (generation.TryAddLease())
            {
                return new RecordLease(generation);
            }

            // Retired between the read and the lease: the next read sees its successor.
        }
    }

    /// <summary>Looks at the file now, whatever the interval (tests; a request looks when the interval is past).</summary>
    public Task CheckNowAsync()
    {
        Volatile.Write(ref _nextCheck, 0);
        CheckWhenDue();
        lock (_gate)
        {
            return _openTask ?? Task.CompletedTask;
        }
    }

    private void CheckWhenDue()
    {
        var due = Volatile.Read(ref _nextCheck);
        var now = Environment.TickCount64;
        // One request per interval looks (the one that moves the next check on); the others go straight to the record.
        if (now < due || Interlocked.CompareExchange(ref _nextCheck, now + _checkEveryMs, due) != due)
        {
            return;
        }

        var seen = FileIdentity.Of(_path);
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            if (seen.Missing)
            {
                if (_current is { } gone)
                {
                    _log.LogWarning("The database {Path} is missing: requests are refused until it is back", _path);
                    (_parked, _current) = (gone, null);
                }

                return;
            }

            if (_current is { } serving && serving.File == seen)
            {
                return;
            }

            if (_current is null && _parked is { } parked && parked.File == seen)
            {
                _log.LogInformation("The database {Path} is back", _path);
                (_current, _parked) = (parked, null);
                return;
            }

            if (_openTask is { IsCompleted: false } && _opening == seen)
            {
                return;
            }

            _opening = seen;
            _openTask = Task.Factory.StartNew(() => Open(seen), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    /// <summary>Opens and warms the file found, off the request path, then swaps it in and retires the old record.</summary>
    private void Open(FileIdentity seen)
    {
        // DuckDB.NET shares one open database among the connections with the same data source, so the path a record
        // still open was opened with would give that record's database again, not the new file: each record open at
        // once spells the path its own way (dir/./name, dir/././name...), which names the same file.
        int spelling;
        lock (_gate)
        {
            spelling = 0;
            while (_spellingsInUse.Contains(spelling))
            {
                spelling++;
            }

            _spellingsInUse.Add(spelling);
        }

        LoadedRecord? record = null;
        try
        {
            record = new LoadedRecord(ConcordDatabase.OpenReadOnly(Spell(spelling)));
            record.Warm();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or DuckDB.NET.Data.DuckDBException)
        {
            // A file caught mid-copy, or damaged: the last good record goes on serving; the next check tries again.
            _log.LogWarning("The database {Path} changed but cannot be opened ({Reason}); still serving the one opened before", _path, e.Message);
            record?.Dispose();
            Forget(spelling);
            return;
        }

        Generation? retired, parked;
        int number;
        lock (_gate)
        {
            if (_disposed || FileIdentity.Of(_path) != seen)
            {
                // Replaced again (or the server stopping) while it opened: the next check opens the newer file.
                record.Dispose();
                _spellingsInUse.Remove(spelling);
                Volatile.Write(ref _nextCheck, 0);
                return;
            }

            number = ++_generations;
            retired = _current;
            parked = _parked;
            _parked = null;
            Volatile.Write(ref _current, new Generation(record, seen, number, spelling, Forget));
        }

        retired?.Retire();
        parked?.Retire();
        _log.LogInformation("Serving the database {Path} as replaced (record {Number})", _path, number);
        Swapped?.Invoke(number);
    }

    private string Spell(int spelling) =>
        spelling == 0 ? _path : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(_path))!, string.Concat(Enumerable.Repeat("./", spelling)) + Path.GetFileName(_path));

    private void Forget(int spelling)
    {
        lock (_gate)
        {
            _spellingsInUse.Remove(spelling);
        }
    }

    public void Dispose()
    {
        Task? opening;
        lock (_gate)
        {
            _disposed = true;
            opening = _openTask;
        }

        opening?.Wait(TimeSpan.FromSeconds(30));
        lock (_gate)
        {
            _current?.Retire();
            _parked?.Retire();
            (_current, _parked) = (null, null);
        }
    }

    /// <summary>One opened database and the requests reading it; disposed when retired and the last lease ends.</summary>
    internal sealed class Generation(LoadedRecord record, FileIdentity file, int number, int spelling, Action<int> closed)
    {
        // The holder's own reference (1) plus one per lease; 0 means disposed.
        private int _references = 1;

        public LoadedRecord Record { get; } = record;

        public FileIdentity File { get; } = file;

        public int Number { get; } = number;

        public bool TryAddLease()
        {
            var seen = Volatile.Read(ref _references);
            while (seen > 0)
            {
                var was = Interlocked.CompareExchange(ref _references, seen + 1, seen);
                if (was == seen)
                {
                    return true;
                }

                seen = was;
            }

            return false;
        }

        /// <summary>Drops the holder's reference: no new lease, disposed when the last one ends.</summary>
        public void Retire() => Release();

        public void Release()
        {
            if (Interlocked.Decrement(ref _references) == 0)
            {
                Record.Dispose();
                closed(spelling);
            }
        }
    }

    /// <summary>What tells one database file from the one it replaced: inode (Linux), length and last write.</summary>
    internal readonly record struct FileIdentity(bool Missing, ulong? Inode, long Length, DateTime LastWrite)
    {
        public static FileIdentity Of(string path)
        {
            var info = new FileInfo(path);
            return info.Exists ? new(false, SourceFile.Inode(path), info.Length, info.LastWriteTimeUtc) : new(true, null, 0, default);
        }
    }
}

/// <summary>One request's hold on a record: the record stays open until every lease on it is disposed.</summary>
public sealed class RecordLease : IDisposable
{
    private CurrentRecord.Generation? _generation;

    internal RecordLease(CurrentRecord.Generation generation) => _generation = generation;

    public LoadedRecord Record => (_generation ?? throw new ObjectDisposedException(nameof(RecordLease))).Record;

    /// <summary>The number of the record held (1 for the one opened at start).</summary>
    public int Number => _generation?.Number ?? 0;

    public void Dispose() => Interlocked.Exchange(ref _generation, null)?.Release();
}

/// <summary>The database cannot be read just now (its file is missing): 503 with Retry-After, never remembered.</summary>
public sealed class RecordUnavailableException(string message) : Exception(message);
