using Concord.Questions;

namespace Concord.Tests.Questions;

public sealed class RetryingLazyTest
{
    [Fact]
    public void AFailure_IsNotRemembered_AndASuccessIsMadeOnce()
    {
        var calls = 0;
        var lazy = new RetryingLazy<string>(() => ++calls == 1 ? throw new IOException("the database was moved away") : "fit");
        Assert.Throws<IOException>(() => lazy.Value);
        Assert.False(lazy.IsValueCreated);
        Assert.Equal("fit", lazy.Value);
        Assert.Equal("fit", lazy.Value);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task ConcurrentFirstUses_MakeTheValueOnce()
    {
        var calls = 0;
        var lazy = new RetryingLazy<int>(() =>
        {
            Interlocked.Increment(ref calls);
            Thread.Sleep(50);
            return 7;
        });
        var values = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => lazy.Value)));
        Assert.All(values, v => Assert.Equal(7, v));
        Assert.Equal(1, calls);
    }
}
