extern alias cli;

using System.Net;
using System.Text.Json.Nodes;
using Concord.Analysis.IdealPoints;
using Concord.Questions.Catalog;
using Concord.Store;
using cli::Concord.Cli;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Concord.Tests.Parity;

/// <summary>One question, two shells: <c>concord NAME ... --format json</c> and <c>/api/NAME?...</c> give the same JSON,
/// and refuse a bad parameter in the same words, on the same database.</summary>
/// <remarks>Each case is written once, as the question's parameters (<c>name=value</c>, or a flag's name), and turned into
/// both a command line (positional parameters as arguments, the others as options) and a query string.</remarks>
[Collection(WebAppCollection.Name)]
public sealed class RecordParityTest(WebAppFixture app)
{
    public static TheoryData<string> Answers() => new(
    [
        "events between=CHN,RUS type=exercise by=year from=2003 to=2025",
        "events between=CHN,RUS by=year",
        "events between=CHN,RUS type=exercise from=2005 to=2005 with-duplicates",
        "events source=curated type=meeting",
        "members forum=sc year=2019",
        "members forum=SCO on=2024-07-04 members-only",
        "members forum=BRICS on=2010-06-16",
        "show symbol=A/RES/68/262",
        "show symbol=S/2019/186",
        "show symbol=S/RES/2448(2018)",
        "declarations forum=SCO",
        "declarations forum=sco state=IND",
        "forums a=CHN b=RUS on=2024-07-04",
        "forums a=IND b=CHN list=declarations from=2015",
        "forums a=CHN b=RUS list=events to=2012",
        "forums a=KAZ",
        "issues",
    ]);

    public static TheoryData<string> Refusals() => new(
    [
        "events by=week",
        "events by=year with-duplicates",
        "events between=CHN,Narnia",
        "members forum=NATO",
        "members forum=sc on=2020-01-01",
        "members forum=SCO year=2019",
        "members forum=SCO on=2024-02-30",
        "show symbol=A/RES/99/999",
        "declarations forum=SCO state=Narnia",
        "forums a=CHN b=CHN",
        "forums a=CHN b=RUS list=summits",
        "forums a=CHN on=2999-01-01",
        "ideal states=USA compare-reference",
        "ideal states=USA from=1900",
    ]);

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task TheClisJson_IsTheApisJson(string question)
    {
        var (cli, api) = await AskBoth(question, RealDataDatabase.Instance.Path, app.CreateClient());
        Assert.True(JsonNode.DeepEquals(cli, api), $"{question}\nCLI: {cli}\nAPI: {api}");
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task TheCliAndTheApi_RefuseInTheSameWords(string question)
    {
        // Given the command line's message
        var (name, parameters) = Parse(question);
        var (code, _, err) = RunCli(RealDataDatabase.Instance.Path, CliArgs(name, parameters));
        Assert.Equal(2, code);

        // When the API is asked the same
        var response = await app.CreateClient().GetAsync(new Uri(Url(name, parameters), UriKind.Relative));
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        // Then it refuses (or finds nothing) with the same sentence
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{question}: {response.StatusCode}");
        Assert.Equal("error: " + problem["detail"]!.GetValue<string>(), err.TrimEnd());
    }

    [Fact]
    public async Task Ideal_TheCliAndTheApi_ReadTheSameFit_AndAnswerAlike()
    {
        // Given a copy of the database whose fit the sync stored in its ideal_points table (read by the command line
        // and the server alike, so neither fits one of its own, made at another time)
        var db = Path.Combine(Path.GetTempPath(), $"concord-parity-{Guid.NewGuid():N}.duckdb");
        File.Copy(RealDataDatabase.Instance.Path, db);
        try
        {
            Assert.Equal(0, RunCli(db, ["ideal", "--states", "USA", "--from", "2019", "--to", "2019"]).Code);
            using (var stored = Concord.Store.ConcordDatabase.OpenReadOnly(db))
            {
                Assert.NotNull(IdealPointTable.Read(stored, IdealPointFitter.ModelDescription(IdealPointOptions.Default)));
            }
            await using var server = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                b.UseEnvironment("Production");
                b.UseSetting("Concord:Database", db);
            });
            var client = server.CreateClient();
            client.Timeout = TimeSpan.FromMinutes(5);

            // When both are asked the same questions
            foreach (var question in new[] { "ideal states=CHN,RUS,USA from=2000 to=2010", "ideal from=2020 to=2021", "ideal compare-reference from=2000" })
            {
                var (cli, api) = await AskBoth(question, db, client);

                // Then the answers are the same, to the fit's time
                Assert.True(JsonNode.DeepEquals(cli, api), $"{question}\nCLI: {cli}\nAPI: {api}");
                Assert.NotEmpty(api["rows"]!.AsArray());
            }
        }
        finally
        {
            File.Delete(db);
            File.Delete(db + ".wal");
            File.Delete(IdealPointCache.PathFor(db));
        }
    }

    private static async Task<(JsonNode Cli, JsonNode Api)> AskBoth(string question, string db, HttpClient client)
    {
        var (name, parameters) = Parse(question);
        var (code, output, err) = RunCli(db, [.. CliArgs(name, parameters), "--format", "json"]);
        Assert.True(code == 0, $"{question}: {err}");
        var response = await client.GetAsync(new Uri(Url(name, parameters), UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{question}: {response.StatusCode} {body}");
        return (JsonNode.Parse(output)!, JsonNode.Parse(body)!);
    }

    /// <summary>"events between=CHN,RUS by=year with-duplicates": the question and its parameters (a flag has no value).</summary>
    private static (string Name, List<(string Name, string? Value)> Parameters) Parse(string question)
    {
        var words = question.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (words[0], [.. words.Skip(1).Select(w => w.Split('=', 2)).Select(p => (p[0], p.Length == 2 ? p[1] : (string?)null))]);
    }

    private static string[] CliArgs(string name, List<(string Name, string? Value)> parameters)
    {
        var question = QuestionCatalog.All.Single(q => q.Name == name);
        var args = new List<string> { name };
        // Positional parameters in the order the question declares them, then the options.
        foreach (var spec in question.Parameters.Where(s => s.Positional))
        {
            if (parameters.FirstOrDefault(p => p.Name == spec.Name) is { Value: { } value })
            {
                args.Add(value);
            }
        }

        foreach (var (p, value) in parameters.Where(p => !question.Parameters.Single(s => s.Name == p.Name).Positional))
        {
            args.Add("--" + p);
            if (value is not null)
            {
                args.Add(value);
            }
        }

        return [.. args];
    }

    private static string Url(string name, List<(string Name, string? Value)> parameters) =>
        $"/api/{name}?" + string.Join("&", parameters.Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value ?? "true")));

    private static (int Code, string Out, string Err) RunCli(string db, string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = ConcordApp.Run(["--db", db, .. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
