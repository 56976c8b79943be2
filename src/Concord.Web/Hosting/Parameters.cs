using System.Globalization;
using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.Queries;
using Concord.States;

namespace Concord.Web.Hosting;

/// <summary>Reads and checks query parameters; anything out of bounds becomes a <see cref="QueryRefusal"/> (400).</summary>
/// <remarks>
/// Every value is bounded before it reaches a lookup: length, characters, ranges. States are matched by code or
/// exact name against the registry's list (not through its resolver, whose cache would grow with every new string
/// a client sends).
/// </remarks>
public static class Parameters
{
    /// <summary>No parameter the API takes needs more; longer values are refused before any work.</summary>
    public const int MaxLength = 100;

    /// <summary>The value trimmed, or null when absent or empty.</summary>
    public static string? Text(string? value, string name, int maxLength = MaxLength)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            throw new QueryRefusal(name, $"'{name}' is at most {maxLength} characters.");
        }

        if (value.Any(char.IsControl))
        {
            throw new QueryRefusal(name, $"'{name}' holds a control character.");
        }

        var trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    public static State State(string? value, string name) =>
        OptionalState(value, name) ?? throw new QueryRefusal(name, $"'{name}' is required: a state code (e.g. CHN) or name.");

    /// <summary>A comma-separated list of at most <paramref name="max"/> known states (codes), without repeats; empty when absent.</summary>
    public static List<string> States(string? value, string name, int max)
    {
        var text = Text(value, name);
        if (text is null)
        {
            return [];
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > max)
        {
            throw new QueryRefusal(name, $"'{name}' takes at most {max} states.");
        }

        return [.. parts.Select(p => State(p, name).Code).Distinct()];
    }

    public static State? OptionalState(string? value, string name)
    {
        var text = Text(value, name, 60);
        if (text is null)
        {
            return null;
        }

        var registry = StateRegistry.Default;
        var code = text.ToUpperInvariant();
        if (registry.IsKnownCode(code))
        {
            return registry[code];
        }

        var normal = StateNames.Normalize(text);
        foreach (var s in registry.States)
        {
            if (StateNames.Normalize(s.Name) == normal)
            {
                return s;
            }
        }

        throw new QueryRefusal(name, $"Unknown state in '{name}'. Give a state code (e.g. CHN) or name; /api/states?q= searches them.");
    }

    public static int? Year(string? value, string name, RecordSource record)
    {
        var text = Text(value, name, 4);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < record.FirstYear || year > record.LastYear)
        {
            throw new QueryRefusal(name, $"'{name}' must be a year from {record.FirstYear} to {record.LastYear} (the years on record).");
        }

        return year;
    }

    public static (int? From, int? To) Years(string? from, string? to, RecordSource record)
    {
        var f = Year(from, "from", record);
        var t = Year(to, "to", record);
        if (f > t)
        {
            throw new QueryRefusal("from", $"'from' ({f}) is after 'to' ({t}).");
        }

        return (f, t);
    }

    public static int Int(string? value, string name, int fallback, int min, int max)
    {
        var text = Text(value, name, 6);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            throw new QueryRefusal(name, $"'{name}' must be a whole number from {min} to {max}.");
        }

        return n;
    }

    public static bool Flag(string? value, string name) => Text(value, name, 5)?.ToLowerInvariant() switch
    {
        null or "false" => false,
        "true" => true,
        _ => throw new QueryRefusal(name, $"'{name}' must be true or false."),
    };

    /// <summary>One of a fixed list of values (case-insensitive), or <paramref name="fallback"/> when absent.</summary>
    public static string? Choice(string? value, string name, string? fallback, IReadOnlyList<string> choices)
    {
        var text = Text(value, name, 40);
        if (text is null)
        {
            return fallback;
        }

        foreach (var c in choices)
        {
            if (string.Equals(c, text, StringComparison.OrdinalIgnoreCase))
            {
                return c;
            }
        }

        throw new QueryRefusal(name, $"'{name}' must be one of: {string.Join(", ", choices)}.");
    }

    public static Forum Forum(string? value) => ForumCodes.Parse(Choice(value, "forum", "ga", ["ga", "sc"])!);

    public static IssueSet Issue(string? value)
    {
        var code = Choice(value, "issue", null, IssueSets.All.Select(x => x.Code).ToArray());
        return IssueSets.ParseOrNone(code);
    }

    /// <summary>Whether the client asked for CSV (<c>format=csv</c>) rather than JSON (the default).</summary>
    public static bool Csv(string? value) => Choice(value, "format", "json", ["json", "csv"]) == "csv";
}
