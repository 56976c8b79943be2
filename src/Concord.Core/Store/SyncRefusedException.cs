namespace Concord.Store;

/// <summary>A sync that would not start: the target is not a Concord database, or its lock cannot be taken.</summary>
/// <remarks>Thrown before anything is written; the message says what is wrong and what to do, for the user as it is.</remarks>
public sealed class SyncRefusedException : Exception
{
    public SyncRefusedException(string message)
        : base(message)
    {
    }

    public SyncRefusedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
