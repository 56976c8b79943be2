namespace Concord.Questions;

/// <summary>What an analytic command prints: a few labelled facts, then rows under named columns.</summary>
/// <remarks>Every command fills one of these and <see cref="Renderer"/> turns it into a table, CSV or JSON.</remarks>
public sealed class ResultTable(string title, params string[] columns)
{
    public string Title { get; } = title;

    public IReadOnlyList<string> Columns { get; } = columns;

    public List<object?[]> Rows { get; } = [];

    /// <summary>Facts about the whole result (a decision's title, the convention used); JSON puts them at the top level.</summary>
    public List<KeyValuePair<string, object?>> Facts { get; } = [];

    /// <summary>Notes for the reader (coverage gaps, conventions); written to stderr for csv/json, under the table otherwise.</summary>
    public List<string> Notes { get; } = [];

    public ResultTable Add(params object?[] row)
    {
        if (row.Length != Columns.Count)
        {
            throw new ArgumentException($"Row has {row.Length} values for {Columns.Count} columns.");
        }

        Rows.Add(row);
        return this;
    }

    /// <summary>The keys the JSON form writes beside the facts; a fact of one of these names would repeat a key.</summary>
    public static readonly IReadOnlySet<string> ReservedNames = new HashSet<string>(["title", "notes", "columns", "rows"], StringComparer.Ordinal);

    /// <remarks>A fact's name is a JSON key: one already taken (by another fact, or by the title, notes, columns or rows)
    /// would give a JSON object with a repeated key, which parsers read differently, so it is refused.</remarks>
    public ResultTable Fact(string name, object? value)
    {
        if (ReservedNames.Contains(name) || Facts.Any(f => f.Key == name))
        {
            throw new ArgumentException($"The fact name '{name}' is taken (by the answer's own keys or another fact).", nameof(name));
        }

        Facts.Add(new(name, value));
        return this;
    }
}
