using Concord.Analysis.Agreement;

namespace Concord.Web.Api;

/// <summary><c>/api/issues</c>: the issue areas the <c>issue</c> parameter accepts, so the dashboard lists whatever the record has.</summary>
public static class IssuesApi
{
    public sealed record IssueArea(string Code, string Name);

    public static RouteHandlerBuilder MapIssues(this RouteGroupBuilder api) => api.MapGet("/issues", List);

    public static Ok<IReadOnlyList<IssueArea>> List() =>
        TypedResults.Ok<IReadOnlyList<IssueArea>>(IssueSets.All.Select(x => new IssueArea(x.Code, x.Name)).ToList());
}
