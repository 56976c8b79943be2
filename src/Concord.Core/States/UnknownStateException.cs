namespace Concord.States;

/// <summary>A name or code that no known state answers to.</summary>
public sealed class UnknownStateException(string name, IReadOnlyList<string> closest)
    : Exception($"Unknown state '{name}'." + (closest.Count > 0 ? $" Closest known: {string.Join(", ", closest)}." : ""))
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Closest { get; } = closest;
}
