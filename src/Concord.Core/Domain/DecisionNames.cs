using System.Text.RegularExpressions;

namespace Concord.Domain;

/// <summary>How a decision is named to a reader: its UN symbol, else its draft's symbol, else what it honestly is.</summary>
/// <remarks>A roll call the UN never gave a symbol is named by the source's own id and session ("roll call 631 of session
/// 15 (unvotes id)"), never by an invented resolution number or an internal key.</remarks>
public static partial class DecisionNames
{
    public static string Display(string? symbol, string? draft, string key, string? session)
    {
        if (symbol is not null)
        {
            return symbol;
        }

        if (draft is not null)
        {
            return draft;
        }

        var m = UnvotesKey().Match(key);
        if (m.Success)
        {
            return $"roll call {m.Groups["rcid"].Value}{(session is null ? "" : $" of session {session}")} (unvotes id)";
        }

        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 ? key[(colon + 1)..] : key;
    }

    [GeneratedRegex(@"^\w+:unvotes:rcid (?<rcid>\d+)")]
    private static partial Regex UnvotesKey();
}
