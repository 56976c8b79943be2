using System.CommandLine;
using Concord.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Concord.Cli.Commands;

/// <summary><c>concord serve [--urls URL]</c>: the dashboard and its JSON API over the database, opened read-only.</summary>
internal static class ServeCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, one or more URLs separated by ';' (default http://127.0.0.1:5080; port 0 picks a free port).",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var cmd = new Command("serve", "The dashboard and the JSON API (/api/agree, /api/vetoes, /api/show, ...) over the database, read-only.") { urls };
        cmd.SetAction(ConcordApp.Action(stdout, stderr, ctx =>
        {
            var listen = ctx.Parse.GetValue(urls)!;
            if (string.IsNullOrWhiteSpace(listen) || listen.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length == 0)
            {
                throw new UserFacingException("--urls is empty; give where to listen (e.g. http://127.0.0.1:5080), or leave the option out for that default.");
            }

            foreach (var url in listen.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var u) || (u.Scheme != Uri.UriSchemeHttp && u.Scheme != Uri.UriSchemeHttps))
                {
                    throw new ArgumentException($"--urls: '{url}' is not an http or https URL (e.g. http://127.0.0.1:5080).");
                }
            }

            // Built here first when missing, then handed to the server, which never writes to it.
            var db = ctx.OpenDatabase();
            using var app = ConcordServer.Create(["--urls=" + listen], _ => db);
            try
            {
                app.Start();
            }
            catch (IOException e)
            {
                // Kestrel's "address already in use", without its stack: one line that says what to do.
                throw new UserFacingException($"cannot listen on {listen}: {e.Message.TrimEnd('.')}. Another program (or another concord serve) holds the port; choose another with --urls, e.g. http://127.0.0.1:0 for a free one.");
            }

            ctx.Err.WriteLine($"Concord dashboard on {string.Join(", ", app.Urls)} (database {db.Path}, read-only); Ctrl+C stops it.");
            foreach (var open in ConcordServer.BeyondLoopback(app.Urls))
            {
                ctx.Err.WriteLine($"warning: {open} is reachable from other machines, not only this one: anyone who can reach it can read the record and load the server. Use http://127.0.0.1:PORT to keep it local.");
            }

            app.WaitForShutdown();
            return 0;
        }));
        return cmd;
    }
}
