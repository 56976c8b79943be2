using Concord.Sync;

namespace Concord.Tests.TestSupport;

/// <summary>A sync's steps in order, recorded on the thread that reports them (Progress&lt;T&gt; would post them later).</summary>
internal sealed class SyncStepLog : IProgress<SyncProgress>
{
    public List<string> Steps { get; } = [];

    public void Report(SyncProgress value)
    {
        lock (Steps)
        {
            Steps.Add(value.Step);
        }
    }
}
