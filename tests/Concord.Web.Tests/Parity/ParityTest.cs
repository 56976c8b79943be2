extern alias cli;

using System.Net;
using System.Text.Json.Nodes;
using Concord.Questions;
using Concord.Questions.Catalog;

namespace Concord.Tests.Parity;

/// <summary>Every question asked through both shells: the CLI's <c>--format json</c> and the API's answer must be the same
/// document, key for key and number for number, and a refusal must read the same in both.</summary>
/// <remarks>A case is one set of parameters, written once: the CLI arguments and the query string are both made from it
/// through the question's own parameter list, so the two shells are asked exactly the same question.</remarks>
[Collection(WebAppCollection.Name)]
public sealed class ParityTest(WebAppFixture app)
{
    /// <summary>Questions and parameter sets, among them the drift cases that once answered differently.</summary>
    public static TheoryData<string, string> Answers => new()
    {
        { "agree", "a=CHN&b=RUS" },
        { "agree", "a=CHN&b=RUS&from=2019&to=2024" },
        { "agree", "a=USA&b=GBR&by=decade&metric=kappa" },
        { "agree", "a=CHN&b=RUS&by=issue&from=2000" },
        { "agree", "a=CHN&b=RUS&by=session&convention=bsv&from=2010&to=2015" },
        { "agree", "a=USA&b=ISR&convention=statedept&metric=coincidence&from=2018&to=2023" },
        { "agree", "a=CHN&b=RUS&forum=sc&by=all" },
        { "agree", "a=CHN&b=RUS&no-predecessors=true&from=1988&to=1994" },
        { "agree", "a=GBR&with=EU&by=all&from=2000&to=2019" },
        { "agree", "a=CHN&b=SCO&from=2015" },
        { "agree", "a=CHN&b=RUS&issue=human_rights&by=decade" },
        { "agree", "a=CHN&b=RUS&issue=Syria&by=all" },
        { "agree", "a=CHN&b=RUS&ideal=true&from=2015&to=2020" },
        { "similar", "a=RUS&year=2022" },
        { "similar", "a=CHN&from=2000&to=2010&top=5&metric=kappa" },
        { "similar", "a=USA&forum=sc&from=2010" },
        { "between", "a=CHN&b=USA&year=2024" },
        { "between", "a=CHN&b=USA&by=year&from=2015&to=2020&metric=kappa" },
        { "between", "a=RUS&b=USA&forum=sc&from=2010&min-n=5" },
        { "between", "a=CHN&b=USA&issue=human_rights&convention=statedept&year=2023" },
        { "diverge", "a=CHN&b=RUS&from=2014" },
        { "diverge", "a=CHN&b=RUS&split=opposite&offset=10&top=5" },
        { "diverge", "a=CHN&b=RUS&issue=territorial_integrity&top=200" },
        { "diverge", "a=CHN&b=RUS&explain=true&from=2000" },
        { "sc", "a=CHN&b=RUS" },
        { "sc", "a=USA&b=FRA&by=year&from=1990&to=2000" },
        { "sc", "a=CHN&b=RUS&by=topic&issue=syria" },
        { "sc", "a=CHN&b=RUS&no-predecessors=true" },
        { "sc", "a=CHN&b=RUS&list=joint-veto" },
        { "sc", "a=RUS&b=CHN&list=a-vetoed-b-abstained&by=year&issue=territorial_integrity" },
        { "sc", "a=CHN&b=RUS&list=co-abstention&by=topic&from=2000&to=2010" },
        { "vetoes", "" },
        { "vetoes", "by=CHN,RUS&joint=true&issue=syria" },
        { "vetoes", "topic=Ukraine&from=2014" },
        { "vetoes", "by=SUN&no-predecessors=true&to=1991" },
        { "cosponsor", "a=CHN&b=RUS" },
        { "cosponsor", "a=CHN&b=RUS&list=joint" },
        { "cosponsor", "a=USA&b=RUS&list=a-sponsored-b-against" },
        { "cosponsor", "a=CHN&b=RUS&issue=human_rights&from=2021" },
        { "say", "a=CHN&b=RUS" },
        { "say", "a=RUS&b=USA&from=1985&to=1995&no-predecessors=true" },
        { "say-words", "a=CHN&b=USA&from=2015&words=5" },
        { "speaks-like", "a=CHN&year=2024&since=2014&top=10" },
        { "concepts", "states=CHN,RUS&concept=multipolarity&from=1990" },
        { "concepts", "states=USA&from=2020" },
        { "passages", "a=CHN&word=hegemony&from=2000&limit=5" },
        { "passages", "a=RUS&concept=NATO&from=2014&to=2024" },
        { "words-votes", "" },
        { "words-votes", "year=2022&top=5" },
    };

    /// <summary>Questions asked wrongly, each refused with the same words by both shells.</summary>
    public static TheoryData<string, string, string> Refusals => new()
    {
        { "agree", "a=CHN&b=CHN", "the same state" },
        { "between", "a=USA&b=USA&year=2024", "the same state" },
        { "between", "a=CHN&b=USA&by=decade", "'by' must be one of" },
        { "between", "a=CHN&b=USA&metric=all", "one measure" },
        { "agree", "a=CHN&b=RUS&with=EU", "not both" },
        { "agree", "a=CHN&b=Rusia", "Unknown state 'Rusia'" },
        { "agree", "a=CHN&b=RUS&from=2015&to=2010", "is after 'to'" },
        { "agree", "a=CHN&b=RUS&forum=sc&ideal=true", "'ideal' needs" },
        { "agree", "a=CHN&b=RUS&by=week", "'by' must be one of" },
        { "agree", "a=CHN&b=RUS&issue=hr", "'issue' must be one of" },
        { "similar", "a=RUS&year=2030", "must be a year from" },
        { "similar", "a=RUS&year=2020&from=2019", "not both" },
        { "diverge", "a=CHN&b=CHN", "the same state" },
        { "diverge", "a=CHN&b=RUS&top=0", "'top' must be a whole number" },
        { "sc", "a=CHN&b=China", "the same state" },
        { "sc", "a=CHN&b=RUS&by=week", "'by' must be one of" },
        { "sc", "a=CHN&b=RUS&issue=zz", "'issue' must be one of" },
        { "vetoes", "issue=zz", "'issue' must be one of" },
        { "vetoes", "by=CHN,RUS,USA,GBR,FRA,DEU", "'by'" },
        { "cosponsor", "a=RUS&b=RUS", "the same state" },
        { "cosponsor", "a=CHN&b=RUS&list=all", "'list' must be one of" },
        { "say", "a=CHN&b=CHN", "the same state" },
        { "say", "a=CHN&b=RUS&from=1900", "must be a year from" },
        { "concepts", "states=CHN&concept=peace", "'concept' must be one of" },
        { "passages", "a=CHN", "Give 'word' or 'concept'" },
        { "passages", "a=CHN&word=the", "one word that is not a stop word" },
        { "words-votes", "year=1900", "must be a year from" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task TheCliAndTheApi_GiveTheSameAnswer(string question, string parameters)
    {
        var (cliCode, cliOut, cliErr) = Cli(question, parameters, "--format", "json");
        Assert.True(cliCode == 0, cliErr);
        var (status, body) = await Api(question, parameters);
        Assert.Equal(HttpStatusCode.OK, status);

        var fromCli = JsonNode.Parse(cliOut)!;
        var fromApi = JsonNode.Parse(body)!;
        Assert.True(fromCli["rows"]!.AsArray().Count > 0, "a parity case must have rows to compare");
        Assert.True(JsonNode.DeepEquals(fromCli, fromApi), Difference(fromCli, fromApi));
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task TheCliCsvAndTheApiCsv_AreTheSameFile(string question, string parameters)
    {
        var (cliCode, cliOut, cliErr) = Cli(question, parameters, "--format", "csv");
        Assert.True(cliCode == 0, cliErr);
        var (status, body) = await Api(question, parameters.Length == 0 ? "format=csv" : parameters + "&format=csv");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(cliOut, body);
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task AQuestionAskedWrongly_IsRefusedInTheSameWords(string question, string parameters, string expected)
    {
        var (cliCode, _, cliErr) = Cli(question, parameters);
        var (status, body) = await Api(question, parameters);

        Assert.Equal(2, cliCode);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var detail = JsonNode.Parse(body)!["detail"]!.GetValue<string>();
        Assert.Contains(expected, detail, StringComparison.Ordinal);
        Assert.Equal("error: " + detail, cliErr.TrimEnd('\n'));
    }

    [Fact]
    public void EveryQuestion_HasAParityCase()
    {
        // This suite's cases, the record questions' (RecordParityTest, by the same rule), and ideal, asked there on one cached fit.
        var asked = Answers.Select(row => (string)row[0])
            .Concat(((IEnumerable<object[]>)RecordParityTest.Answers()).Select(row => ((string)row[0]).Split(' ')[0]))
            .Append("ideal")
            .ToHashSet(StringComparer.Ordinal);
        Assert.All(QuestionCatalog.All, q => Assert.Contains(q.Name, asked));
    }

    /// <summary>The CLI arguments for the parameters: positional ones in the question's order, the rest as options.</summary>
    private static (int Code, string Out, string Err) Cli(string question, string parameters, params string[] extra)
    {
        var spec = QuestionCatalog.All.Single(q => q.Name == question).Parameters;
        var values = Parse(parameters);
        var args = new List<string> { "--db", RealDataDatabase.Instance.Path, question };
        args.AddRange(spec.Where(p => p.Positional && values.ContainsKey(p.Name)).Select(p => values[p.Name]));
        foreach (var (name, value) in values)
        {
            var p = spec.Single(s => s.Name == name);
            if (p.Positional)
            {
                continue;
            }

            if (p.Flag)
            {
                Assert.Equal("true", value);
                args.Add("--" + name);
            }
            else
            {
                args.AddRange(["--" + name, value]);
            }
        }

        args.AddRange(extra);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = cli::Concord.Cli.ConcordApp.Run([.. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private async Task<(HttpStatusCode Status, string Body)> Api(string question, string parameters)
    {
        var response = await app.CreateClient().GetAsync(new Uri($"/api/{question}?{parameters}", UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static Dictionary<string, string> Parse(string parameters) =>
        parameters.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]), StringComparer.Ordinal);

    /// <summary>The first key whose values differ, for the failure message.</summary>
    private static string Difference(JsonNode cli, JsonNode api)
    {
        if (cli is JsonObject co && api is JsonObject ao)
        {
            foreach (var key in co.Select(x => x.Key).Union(ao.Select(x => x.Key)))
            {
                if (!JsonNode.DeepEquals(co[key], ao[key]))
                {
                    return $"'{key}': CLI {co[key]?.ToJsonString() ?? "absent"} / API {ao[key]?.ToJsonString() ?? "absent"}";
                }
            }
        }

        return "the documents differ";
    }
}
