using Concord.States;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Web.Hosting;

/// <summary>Turns every exception into problem details: 400 with the reason for bad input, 404 for what the record lacks, 500 with no detail otherwise.</summary>
/// <remarks>No stack trace, type name or file path ever reaches a client; unexpected errors are logged on the server.</remarks>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            QuestionNotFound missing => new ProblemDetails
            {
                Title = "Not on record.",
                Detail = missing.Message,
                Status = StatusCodes.Status404NotFound,
            },
            QuestionRefusal bad => new HttpValidationProblemDetails(new Dictionary<string, string[]> { [bad.Parameter] = [bad.Message] })
            {
                Title = "A parameter is not valid.",
                Detail = bad.Message,
                Status = StatusCodes.Status400BadRequest,
            },
            RecordUnavailableException gone => new ProblemDetails
            {
                Title = "The record is not available just now.",
                Detail = gone.Message,
                Status = StatusCodes.Status503ServiceUnavailable,
            },
            BadHttpRequestException => new ProblemDetails { Title = "The request is not valid.", Status = StatusCodes.Status400BadRequest },
            _ => null,
        };
        if (problem is null)
        {
            log.LogError(exception, "Request {Path}{Query} failed", http.Request.Path, http.Request.QueryString);
            problem = new ProblemDetails { Title = "An unexpected error occurred.", Status = StatusCodes.Status500InternalServerError };
        }

        http.Response.StatusCode = problem.Status!.Value;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            http.Response.Headers.RetryAfter = "5";
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = null });
    }
}
