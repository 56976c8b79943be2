using System.Text;
using Concord.Questions;

namespace Concord.Web.Hosting;

/// <summary>A <see cref="Question"/> as an endpoint, <c>/api/NAME</c>: its parameters from the query string, handed to the
/// question as text (the CLI's parser), the answer in the CLI's JSON (or CSV with <c>format=csv</c>).</summary>
public static class QuestionEndpoint
{
    public static RouteHandlerBuilder MapQuestion(this RouteGroupBuilder api, Question question)
    {
        var known = question.Parameters.Select(p => p.Name).Append("format").ToHashSet(StringComparer.Ordinal);
        var list = string.Join(", ", known.Order(StringComparer.Ordinal));
        return api.MapMethods("/" + question.Name, Api.ApiRoutes.Read, async (HttpContext http) =>
        {
            var record = http.Record();
            // A misspelt option (form= for from=) would otherwise be ignored and the answer be for another question.
            var values = KnownParameters.Check(http.Request.Query, known, list);
            var args = new QuestionArgs(values);
            var csv = args.Choice("format", "json", ["json", "csv"]) == "csv";
            if (question.UsesIdealPoints(args))
            {
                // A cold fit (no fit stored in the database) takes seconds: await it, holding no thread meanwhile.
                await record.IdealPointsAsync().WaitAsync(http.RequestAborted);
            }

            ResultTable answer;
            try
            {
                answer = question.Ask(record, args);
            }
            catch (QuestionNotFound missing)
            {
                // Answered here rather than by the exception handler, so that the output cache keeps it (CacheNotFound).
                return Results.Problem(title: "Not on record.", detail: missing.Message, statusCode: StatusCodes.Status404NotFound);
            }

            return csv
                ? Results.File(Encoding.UTF8.GetBytes(ResultCsv.Write(answer)), "text/csv; charset=utf-8", Slug(question.FileName(args)) + ".csv")
                : Results.Text(ResultJson.Write(answer, indented: false), "application/json; charset=utf-8", Encoding.UTF8);
        });
    }

    /// <summary>A download name from the request's values: letters, digits and dashes only.</summary>
    private static string Slug(string name) => new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-').Take(80)]);
}
