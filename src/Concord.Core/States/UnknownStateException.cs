namespace Concord.States;

/// <summary>A name or code that no known state answers to.</summary>
/// <remarks>The name is echoed cut to <see cref="MaxEcho"/> characters with control characters escaped, so that a
/// 100 kB argument or a terminal escape sequence given as a state never reaches a terminal or a log as it is.</remarks>
public sealed class UnknownStateException(string name, IReadOnlyList<string> closest)
    : Exception($"Unknown state '{Echo(name)}'." + (closest.Count > 0 ? $" Closest known: {string.Join(", ", closest)}." : ""))
{
    /// <summary>The longest name echoed back whole.</summary>
    public const int MaxEcho = 80;

    public string Name { get; } = name;

    public IReadOnlyList<string> Closest { get; } = closest;

    /// <summary>The text as it can be shown: control characters escaped (\u001B), cut to <see cref="MaxEcho"/> with its full length said.</summary>
    public static string Echo(string text)
    {
        var b = new System.Text.StringBuilder(Math.Min(text.Length, MaxEcho) + 32);
        foreach (var c in text.Length > MaxEcho ? text[..MaxEcho] : text)
        {
            if (char.IsControl(c) || c == '\uFFFD' || char.IsSurrogate(c))
            {
                b.Append(c switch { '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ => $"\\u{(int)c:X4}" });
            }
            else
            {
                b.Append(c);
            }
        }

        if (text.Length > MaxEcho)
        {
            b.Append($"… ({text.Length:N0} characters)");
        }

        return b.ToString();
    }
}
