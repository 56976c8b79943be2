using System.Runtime.CompilerServices;

namespace Concord.Questions;

/// <summary>A value made once, on first use, by one thread at a time; a failure is not remembered: the next use tries again.</summary>
/// <remarks>
/// <see cref="Lazy{T}"/> caches the exception of a failed factory for good: a database renamed away for a moment, or
/// a damaged side file, made every later request of a running server fail until it restarted. Here the failure goes
/// to the request that met it, and the next request builds the value anew.
/// </remarks>
public sealed class RetryingLazy<T>(Func<T> factory)
{
    private readonly Lock _gate = new();
    private StrongBox<T>? _box;

    public T Value
    {
        get
        {
            if (Volatile.Read(ref _box) is { } made)
            {
                return made.Value!;
            }

            lock (_gate)
            {
                if (_box is null)
                {
                    var value = factory();
                    Volatile.Write(ref _box, new StrongBox<T>(value));
                }

                return _box.Value!;
            }
        }
    }

    public bool IsValueCreated => Volatile.Read(ref _box) is not null;
}
