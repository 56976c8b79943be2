extern alias cli;

using System.Net;
using System.Text.Json.Nodes;
using cli::Concord.Cli;

namespace Concord.Tests.Api;

/// <summary>A question asked of the command line (<c>--format json</c>) and of the API gives the same JSON, and the same
/// refusal, on the same real-data database: the two shells are one question each, not two implementations.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ParityTest(WebAppFixture app)
{
    private (int Code, string Out, string Err) Cli(string args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = ConcordApp.Run(["--db", app.DatabasePath, .. args.Split(' ', StringSplitOptions.RemoveEmptyEntries)], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private async Task AssertSameJson(string cli, string url)
    {
        // Given the question asked of both shells
        var (code, output, err) = Cli(cli + " --format json");
        var response = await app.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        // Then both answer, with the same JSON (key order and all)
        Assert.True(code == 0, err);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fromCli = JsonNode.Parse(output);
        var fromApi = JsonNode.Parse(body);
        Assert.True(JsonNode.DeepEquals(fromCli, fromApi), $"CLI and API differ for {url}:\nCLI: {fromCli?.ToJsonString()}\nAPI: {fromApi?.ToJsonString()}");
        Assert.True(fromApi!["rows"]!.AsArray().Count > 0, $"{url} has no rows: the parity says little");
    }

    [Theory]
    [InlineData("sc CHN RUS", "/api/sc?a=CHN&b=RUS")]
    [InlineData("sc USA FRA --by year --from 1990 --to 2000", "/api/sc?a=USA&b=FRA&by=year&from=1990&to=2000")]
    [InlineData("sc CHN RUS --by topic --issue syria", "/api/sc?a=CHN&b=RUS&by=topic&issue=syria")]
    [InlineData("sc CHN RUS --no-predecessors", "/api/sc?a=CHN&b=RUS&no-predecessors=true")]
    [InlineData("sc CHN RUS --list joint-veto", "/api/sc?a=CHN&b=RUS&list=joint-veto")]
    [InlineData("sc RUS CHN --list a-vetoed-b-abstained --by year --issue territorial_integrity", "/api/sc?a=RUS&b=CHN&list=a-vetoed-b-abstained&by=year&issue=territorial_integrity")]
    [InlineData("sc CHN RUS --list co-abstention --by topic --from 2000 --to 2010", "/api/sc?a=CHN&b=RUS&list=co-abstention&by=topic&from=2000&to=2010")]
    public Task Sc_AnswersTheSame_FromTheCliAndTheApi(string cli, string url) => AssertSameJson(cli, url);

    [Theory]
    [InlineData("vetoes", "/api/vetoes")]
    [InlineData("vetoes --by CHN,RUS --joint --issue syria", "/api/vetoes?by=CHN,RUS&joint=true&issue=syria")]
    [InlineData("vetoes --topic Ukraine --from 2014", "/api/vetoes?topic=Ukraine&from=2014")]
    [InlineData("vetoes --by SUN --no-predecessors --to 1991", "/api/vetoes?by=SUN&no-predecessors=true&to=1991")]
    public Task Vetoes_AnswersTheSame_FromTheCliAndTheApi(string cli, string url) => AssertSameJson(cli, url);

    [Theory]
    [InlineData("sc CHN China", "/api/sc?a=CHN&b=China")]
    [InlineData("sc CHN RUS --by week", "/api/sc?a=CHN&b=RUS&by=week")]
    [InlineData("sc CHN RUS --issue zz", "/api/sc?a=CHN&b=RUS&issue=zz")]
    [InlineData("vetoes --issue zz", "/api/vetoes?issue=zz")]
    [InlineData("vetoes --by CHN,RUS,USA,GBR,FRA,DEU", "/api/vetoes?by=CHN,RUS,USA,GBR,FRA,DEU")]
    public async Task ARefusal_ReadsTheSame_FromTheCliAndTheApi(string cli, string url)
    {
        var (code, _, err) = Cli(cli);
        var (status, json, _) = await app.CreateClient().Get(url);

        Assert.Equal(2, code);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("error: " + json.GetProperty("detail").GetString(), err.Trim());
    }
}
