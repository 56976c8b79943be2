namespace Concord.Web.Hosting;

/// <summary>The headers every response carries: nothing loads from elsewhere, nothing frames the page, nothing is sniffed.</summary>
/// <remarks>
/// The dashboard is plain files from this server, so the policy allows only 'self' (no inline script or style, no
/// external source). A response that needs another policy (the downloadable brief, which is one self-contained
/// file with inline styles) sets its own <c>Content-Security-Policy</c>, which is left as it is.
/// </remarks>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() =>
        {
            var h = http.Response.Headers;
            if (!h.ContainsKey("Content-Security-Policy"))
            {
                h.ContentSecurityPolicy = Policy;
            }

            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            h["Cross-Origin-Resource-Policy"] = "same-origin";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return Task.CompletedTask;
        });
        return next(http);
    }
}
