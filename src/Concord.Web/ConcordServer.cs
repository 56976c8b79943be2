using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Concord.Store;
using Concord.Sync;
using Concord.Web.Api;
using Concord.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;

namespace Concord.Web;

/// <summary>Builds the web app: the JSON API under <c>/api</c>, the dashboard's static files, and the hardening around them.</summary>
public static class ConcordServer
{
    /// <summary>The output cache's tag on every API answer, evicted when another record is swapped in.</summary>
    private const string RecordTag = "record";

    /// <summary>The app over the database at the configured path (Concord:Database, else CONCORD_DB, else the default path).</summary>
    public static WebApplication Create(string[] args) => Create(args, config =>
        ConcordDatabase.OpenReadOnly(DataDirectory.DefaultDatabase(config["Concord:Database"], ConcordEnvironment.OfProcess())));

    /// <summary>The addresses in <paramref name="urls"/> that other machines can reach (not loopback), for a warning.</summary>
    public static IReadOnlyList<string> BeyondLoopback(IEnumerable<string> urls) =>
        [.. urls.Where(u => Uri.TryCreate(u.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            && !uri.IsLoopback && !(System.Net.IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip)))];

    /// <summary>The Host headers the server answers: loopback names, and the host of every address it listens on; any
    /// host where it listens on every interface (0.0.0.0, [::], + or *), as the user chose to be reached by any name.</summary>
    public static List<string> AllowedHosts(string? urls)
    {
        var hosts = new List<string> { "localhost", "127.0.0.1", "[::1]" };
        foreach (var url in (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var host = url.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal);
            if (!Uri.TryCreate(host, UriKind.Absolute, out var uri))
            {
                continue;
            }

            if (uri.Host is "0.0.0.0" or "[::]")
            {
                return ["*"];
            }

            hosts.Add(uri.Host);
        }

        return [.. hosts.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The app over a database the caller opens (read-only); <c>concord serve</c> passes the one it checked or built.</summary>
    public static WebApplication Create(string[] args, Func<IConfiguration, ConcordDatabase> open)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(ConcordServer).Assembly.GetName().Name,
            // The dashboard is embedded: no content root is needed, and the working folder must not be one (its files are not ours).
            ContentRootPath = AppContext.BaseDirectory,
        });
        // Configuration comes from the command line only (and CONCORD_DB, read where the database path is chosen): an
        // appsettings.json in the working folder or an ASPNETCORE_/DOTNET_/Kestrel__ environment variable must not
        // rebind the server to another address or change what it serves.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddCommandLine(args);
        // One line per request at Information would cost more than many requests take.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // A failure to start (a port in use) reaches the caller as an exception it words in one line; the host's own
        // log of it is a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        // Only the names the server was asked to listen on (and loopback's): a page elsewhere that rebinds its own DNS
        // name to this machine cannot make the browser call the API under that name (briefs and fits are costly).
        builder.Services.AddHostFiltering(o =>
        {
            o.AllowedHosts = AllowedHosts(builder.Configuration["urls"]);
            o.IncludeFailureMessage = false;
        });
        // The record follows the database file: a sync's new file is opened and swapped in without a restart.
        var checkEvery = double.TryParse(builder.Configuration["Concord:RecordCheckSeconds"], System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds) : TimeSpan.FromSeconds(2);
        builder.Services.AddSingleton(sp => new CurrentRecord(open(builder.Configuration), checkEvery, sp.GetRequiredService<ILogger<CurrentRecord>>()));
        builder.Services.AddSingleton<BriefRenderer>();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            // snake_case, as the questions' answers (ResultJson) and the CSV columns name their fields.
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            // Escape < > & ' in every string, so that text echoed from a request can never read as markup.
            o.SerializerOptions.Encoder = JavaScriptEncoder.Default;
            // Compiled metadata only (ours, and ASP.NET's for problem details), no reflection: as the native build
            // serialises.
            var chain = o.SerializerOptions.TypeInfoResolverChain;
            for (var i = chain.Count - 1; i >= 0; i--)
            {
                if (chain[i] is DefaultJsonTypeInfoResolver)
                {
                    chain.RemoveAt(i);
                }
            }

            chain.Add(WebJsonContext.Default);
        });
        // A record is read-only, so an answer never goes stale while it is served: cache each by its full query and the
        // record it was read from (a request started before a swap stores its answer under the old record's number),
        // within a fixed budget (64 MB) so that many different questions cannot grow the memory without bound.
        // An answer that a symbol or a state is not on record (404) is kept too: it is as costly to find as a hit.
        builder.Services.AddOutputCache(o =>
        {
            o.AddPolicy(ApiRoutes.CachePolicy, p => p.Expire(TimeSpan.FromDays(1)).SetVaryByQuery("*")
                .VaryByValue(http => new KeyValuePair<string, string>("record", http.Features.Get<RecordLease>()?.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "0"))
                .Tag(RecordTag)
                .AddPolicy<CacheNotFound>());
            o.SizeLimit = 64L * 1024 * 1024;
        });

        var app = builder.Build();
        app.UseHostFiltering();
        // HEAD is answered as GET with the body dropped here, whatever the server underneath does with it.
        app.Use((http, next) =>
        {
            if (HttpMethods.IsHead(http.Request.Method))
            {
                http.Response.Body = Stream.Null;
            }

            return next(http);
        });
        // Load the vote matrices now, so that the first visitor does not wait for them.
        var current = app.Services.GetRequiredService<CurrentRecord>();
        current.Warm();
        // Answers of a record no longer served are never asked for again: free their room.
        var store = app.Services.GetRequiredService<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>();
        current.Swapped += number =>
        {
            _ = store.EvictByTagAsync(RecordTag, CancellationToken.None).AsTask();
        };
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeaders>();
        // Each API request reads one record from start to end (its lease), whatever is swapped in meanwhile.
        app.Use(async (http, next) =>
        {
            if (!http.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
            {
                await next(http);
                return;
            }

            using var lease = current.Acquire();
            http.Features.Set(lease);
            await next(http);
        });
        app.UseOutputCache();
        var dashboard = new EmbeddedFileProvider(typeof(ConcordServer).Assembly, "Concord.Web.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = dashboard });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = dashboard });
        app.MapApi();
        return app;
    }
}
