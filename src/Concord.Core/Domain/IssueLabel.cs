using Concord.Analysis.Agreement;
using Concord.Domain;

namespace Concord.Domain;

/// <summary>One hand-labelled resolution: its symbol, the areas the annotator gave and, for a country situation, the territory.</summary>
/// <param name="Symbol">The symbol as the label file writes it, e.g. <c>A/RES/75/254 A-C</c>.</param>
/// <param name="Session">The session file the row came from (<c>74</c>…<c>80</c>, <c>ES-11</c>).</param>
/// <param name="Country">ISO3 code of the territory whose human-rights situation the text addresses, or null.</param>
public sealed record IssueLabel(string Symbol, string Session, string Title, IssueSet Areas, string? Country, string Note)
{
    /// <summary>The symbol as the record stores it: the label file puts a space before a part suffix ("254 A-C"), the record does not.</summary>
    public string RecordSymbol => Symbol.Replace(" ", "", StringComparison.Ordinal);
}
