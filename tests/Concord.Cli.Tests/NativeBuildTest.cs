using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Concord.Tests;

/// <summary>
/// The natively compiled CLI (what <c>./concord</c> runs) answers as the tests' build does: same bytes for the same
/// command, the same refusals, and a server whose own JSON (status, states, shapes, problem details) is written.
/// </summary>
/// <remarks>
/// Native code cannot inspect types or emit code at run time, so what works under the JIT can fail there (a type
/// serialised by reflection, a regular expression compiled to IL). <c>.ci/run</c> builds the binary with
/// <c>./concord</c> and names it in <c>CONCORD_NATIVE_BIN</c>; without it these tests are skipped.
/// </remarks>
public sealed class NativeBuildTest
{
    private static readonly string? s_binary = Environment.GetEnvironmentVariable("CONCORD_NATIVE_BIN");

    public static TheoryData<string> Commands => new()
    {
        "agree --all --by year --format csv",
        "agree CHN RUS --format json",
        "agree CHN RUS --issue human_rights --by period --format csv",
        "show A/RES/77/1 --format json",
        "show S/2022/155 --format json",
        "sc CHN RUS --format csv",
        "vetoes --by RUS --format csv",
        "diverge CHN RUS --format csv",
        "issues --format csv",
        "between CHN USA --year 2024 --format csv",
        "ideal --states CHN,RUS,USA --format csv",
        "forums CHN RUS --format csv",
        "similar CHN --format csv",
        "members sc --format csv",
        "cosponsor CHN RUS --format csv",
        "say CHN RUS --format csv",
        "passages CHN --word hegemony --format csv",
        "words-votes --year 2022 --format csv",
        "concepts CHN,RUS,USA --format csv",
        "data status --format json",
        "data check --totals --format csv",
        "agree XXX RUS",
        "show A/RES/99/999",
    };

    [SkippableTheory]
    [MemberData(nameof(Commands))]
    public void ACommand_AnswersAsTheTestsBuildDoes(string command)
    {
        var binary = Binary();
        var args = command.Split(' ');
        var expected = CliRun.OnRealData(args);
        var actual = RunNative(binary, ["--db", RealDataDatabase.Instance.Path, .. args]);
        Assert.Equal(expected.Code, actual.Code);
        Assert.Equal(expected.Out, actual.Out);
        Assert.Equal(expected.Err.Trim(), actual.Err.Trim());
    }

    [SkippableFact]
    public void TheBrief_IsTheSameDocument()
    {
        var binary = Binary();
        var dir = Directory.CreateTempSubdirectory("concord-native-brief-").FullName;
        try
        {
            var expected = CliRun.OnRealData("brief", "IND", "PAK", "--format", "md", "--out", Path.Combine(dir, "jit", "brief.md"));
            var actual = RunNative(binary, ["--db", RealDataDatabase.Instance.Path, "brief", "IND", "PAK", "--format", "md", "--out", Path.Combine(dir, "native", "brief.md")]);
            Assert.Equal(0, expected.Code);
            Assert.Equal(0, actual.Code);
            Assert.Equal(File.ReadAllText(Path.Combine(dir, "jit", "brief.md")), File.ReadAllText(Path.Combine(dir, "native", "brief.md")));
            var images = Directory.GetFiles(Path.Combine(dir, "jit")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
            Assert.Equal(images, Directory.GetFiles(Path.Combine(dir, "native")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [SkippableFact]
    public async Task TheServer_WritesItsOwnJson()
    {
        var binary = Binary();
        var port = FreePort();
        using var server = Process.Start(new ProcessStartInfo(binary, ["--db", RealDataDatabase.Instance.Path, "serve", "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Environment.CurrentDirectory,
        })!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
            await WaitUntilListening(http, server);

            using var status = await JsonOf(http, "/api/status", HttpStatusCode.OK);
            Assert.True(status.RootElement.GetProperty("first_year").GetInt32() <= 1946);
            Assert.True(status.RootElement.GetProperty("sources").GetArrayLength() > 0);

            using var states = await JsonOf(http, "/api/states?q=chin", HttpStatusCode.OK);
            Assert.Contains(states.RootElement.EnumerateArray(), s => s.GetProperty("code").GetString() == "CHN");

            using var shapes = await JsonOf(http, "/api/shapes", HttpStatusCode.OK);
            Assert.True(shapes.RootElement.GetProperty("shapes").GetArrayLength() > 150);

            using var refused = await JsonOf(http, "/api/agree?a=XXX&b=RUS", HttpStatusCode.BadRequest);
            Assert.True(refused.RootElement.GetProperty("errors").TryGetProperty("a", out _));

            using var missing = await JsonOf(http, "/api/show?symbol=A/RES/99/999", HttpStatusCode.NotFound);
            Assert.Equal("Not on record.", missing.RootElement.GetProperty("title").GetString());

            // An answer is the question's own JSON, as the command line writes it.
            var show = await http.GetStringAsync("/api/show?symbol=A/RES/77/1");
            using var cli = JsonDocument.Parse(CliRun.OnRealData("show", "A/RES/77/1", "--format", "json").Out);
            using var api = JsonDocument.Parse(show);
            Assert.True(JsonElement.DeepEquals(cli.RootElement, api.RootElement), show);

            var page = await http.GetStringAsync("/");
            Assert.Contains("<script", page, StringComparison.Ordinal);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private static string Binary()
    {
        Skip.If(string.IsNullOrEmpty(s_binary), "CONCORD_NATIVE_BIN names no native build (.ci/run sets it after ./concord builds one).");
        Assert.True(File.Exists(s_binary), $"CONCORD_NATIVE_BIN={s_binary} does not exist.");
        return s_binary!;
    }

    private static (int Code, string Out, string Err) RunNative(string binary, string[] args)
    {
        using var p = Process.Start(new ProcessStartInfo(binary, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Environment.CurrentDirectory,
        })!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout, stderr.Result);
    }

    private static async Task<JsonDocument> JsonOf(HttpClient http, string path, HttpStatusCode expected)
    {
        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }

    private static async Task WaitUntilListening(HttpClient http, Process server)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            Assert.False(server.HasExited, "the native server exited before it listened");
            try
            {
                using var response = await http.GetAsync("/api/status");
                return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
