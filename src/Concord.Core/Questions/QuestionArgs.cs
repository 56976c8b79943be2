using System.Globalization;
using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.States;

namespace Concord.Questions;

/// <summary>The text of a question's parameters, as either shell received it, and the one parser that checks it.</summary>
/// <remarks>
/// Every value is bounded before it reaches a lookup: length, characters, ranges; anything out of bounds is a
/// <see cref="QuestionRefusal"/> naming the parameter. States are matched by code or exact name against the registry's
/// list, or by a common name (Britain, America), not through a resolver whose cache would grow with every new string.
/// </remarks>
public sealed class QuestionArgs
{
    /// <summary>No parameter needs more; longer values are refused before any work.</summary>
    public const int MaxLength = 100;

    private readonly IReadOnlyDictionary<string, string?> _values;

    public QuestionArgs(IReadOnlyDictionary<string, string?> values) => _values = values;

    public static QuestionArgs Of(params (string Name, string? Value)[] values) =>
        new(values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));

    /// <summary>The raw text of a parameter (null when absent).</summary>
    public string? Raw(string name) => _values.GetValueOrDefault(name);

    public bool Has(string name) => Text(name) is not null;

    /// <summary>The value trimmed, or null when absent or empty.</summary>
    public string? Text(string name, int maxLength = MaxLength)
    {
        var value = Raw(name);
        if (value is null)
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            throw new QuestionRefusal(name, $"'{name}' is at most {maxLength} characters.");
        }

        if (value.Any(char.IsControl))
        {
            throw new QuestionRefusal(name, $"'{name}' holds a control character.");
        }

        var trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    public State State(string name) =>
        OptionalState(name) ?? throw new QuestionRefusal(name, $"'{name}' is required: a state code (e.g. CHN) or name.");

    /// <summary>A comma-separated list of at most <paramref name="max"/> known states (codes), without repeats; empty when absent.</summary>
    public List<string> States(string name, int max)
    {
        var text = Text(name);
        if (text is null)
        {
            return [];
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > max)
        {
            throw new QuestionRefusal(name, $"'{name}' takes at most {max} states.");
        }

        return [.. parts.Select(p => Resolve(p, name).Code).Distinct()];
    }

    /// <summary>Two different states, <c>a</c> and <c>b</c> (a pair of a state with itself is refused: it once gave
    /// "16 joint vetoes" of China with China).</summary>
    public (State A, State B) Pair() => Different(State("a"), State("b"));

    /// <summary>The pair as given, or a refusal naming <c>b</c> when both are the same state.</summary>
    public static (State A, State B) Different(State a, State b) => a.Code != b.Code
        ? (a, b)
        : throw new QuestionRefusal("b", $"'a' and 'b' are the same state ({a.Code}): give two different states.");

    public State? OptionalState(string name)
    {
        var text = Raw(name);
        return string.IsNullOrWhiteSpace(text) ? null : Resolve(text.Trim(), name);
    }

    /// <summary>The longest text looked up as a state; no state's name or alias is longer.</summary>
    private const int MaxStateLength = 60;

    /// <summary>A state by code, UN name or common name ("Britain", "America"); a refusal naming the parameter, the text
    /// (cut and escaped) and the closest known names otherwise.</summary>
    public static State Resolve(string text, string name)
    {
        var registry = StateRegistry.Default;
        var plain = text.Length <= MaxStateLength && !text.Any(char.IsControl);
        if (plain)
        {
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

            if (registry.TryFind(text, out var byAlias))
            {
                return byAlias;
            }
        }

        var closest = plain ? registry.Closest(text) : [];
        throw new QuestionRefusal(name, $"Unknown state '{Echo(text)}' in '{name}'." + (closest.Count > 0 ? $" Closest known: {string.Join(", ", closest)}." : " Give a state code (e.g. CHN) or name."));
    }

    /// <summary>A year on record, or null when absent.</summary>
    public int? Year(string name, LoadedRecord record)
    {
        var text = Text(name, 4);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < record.FirstYear || year > record.LastYear)
        {
            throw new QuestionRefusal(name, $"'{name}' must be a year from {record.FirstYear} to {record.LastYear} (the years on record).");
        }

        return year;
    }

    /// <summary><c>from</c> and <c>to</c>, each a year on record, in order.</summary>
    public (int? From, int? To) Years(LoadedRecord record)
    {
        var f = Year("from", record);
        var t = Year("to", record);
        if (f > t)
        {
            throw new QuestionRefusal("from", $"'from' ({f}) is after 'to' ({t}).");
        }

        return (f, t);
    }

    /// <summary>A day written yyyy-MM-dd between 1945 and 2100, or null when absent.</summary>
    /// <remarks>Not bounded by the vote record's years: a forum's membership on a day is curated beyond the last vote.</remarks>
    public DateOnly? Date(string name)
    {
        var text = Text(name, 10);
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day.Year < UnCalendar.FirstYear || day.Year > 2100)
        {
            throw new QuestionRefusal(name, $"'{name}' must be a day written YYYY-MM-DD, from {UnCalendar.FirstYear} to 2100.");
        }

        return day;
    }

    public int Int(string name, int fallback, int min, int max)
    {
        var text = Text(name, 6);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            throw new QuestionRefusal(name, $"'{name}' must be a whole number from {min} to {max}.");
        }

        return n;
    }

    public bool Flag(string name) => Text(name, 5)?.ToLowerInvariant() switch
    {
        null or "false" => false,
        "true" => true,
        _ => throw new QuestionRefusal(name, $"'{name}' must be true or false."),
    };

    /// <summary>One of a fixed list of values (case-insensitive), or <paramref name="fallback"/> when absent.</summary>
    public string? Choice(string name, string? fallback, IReadOnlyList<string> choices)
    {
        var text = Text(name, 40);
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

        throw new QuestionRefusal(name, $"'{name}' must be one of: {string.Join(", ", choices)}.");
    }

    public static readonly string[] Forums = ["ga", "sc"];

    public Forum Forum() => ForumCodes.Parse(Choice("forum", "ga", Forums)!);

    /// <summary>An issue area by code (<c>human_rights</c>) or name (<c>Human rights</c>), or none when absent.</summary>
    public IssueSet Issue()
    {
        var text = Text("issue", 60);
        if (text is null)
        {
            return IssueSet.None;
        }

        foreach (var (flag, code, name) in IssueSets.All)
        {
            if (string.Equals(text, code, StringComparison.OrdinalIgnoreCase) || string.Equals(text, name, StringComparison.OrdinalIgnoreCase))
            {
                return flag;
            }
        }

        throw new QuestionRefusal("issue", $"'issue' must be one of: {string.Join(", ", IssueSets.All.Select(x => x.Code))} (codes and names: concord issues).");
    }

    /// <summary>A value echoed in a message: cut, with control characters escaped.</summary>
    public static string Echo(string text) => UnknownStateException.Echo(text);
}
