using Concord.Web;

// Standalone start (and the entry point WebApplicationFactory<Program> runs in tests): the database comes from
// the configuration key Concord:Database (--Concord:Database=PATH, or CONCORD_DB), opened read-only.
var app = ConcordServer.Create(args);
app.Start();
foreach (var open in ConcordServer.BeyondLoopback(app.Urls))
{
    Console.Error.WriteLine($"warning: {open} is reachable from other machines, not only this one.");
}

app.WaitForShutdown();

/// <summary>The web app's entry point, named so tests can reach it.</summary>
public partial class Program;
