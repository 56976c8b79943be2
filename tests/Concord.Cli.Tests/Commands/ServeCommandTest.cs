namespace Concord.Tests.Commands;

/// <summary><c>concord serve</c> refuses an address it cannot listen on before it opens anything.</summary>
public sealed class ServeCommandTest
{
    [Theory]
    [InlineData("127.0.0.1:5080")]
    [InlineData("ftp://127.0.0.1:5080")]
    [InlineData("http://127.0.0.1:5080;not a url")]
    public void Urls_ThatAreNotHttp_AreRefused(string urls)
    {
        var (code, _, err) = CliRun.OnRealData("serve", "--urls", urls);
        Assert.Equal(2, code);
        Assert.Contains("is not an http or https URL", err, StringComparison.Ordinal);
    }
}
