namespace Concord.States;

/// <summary>How a state came to stand in for another.</summary>
public enum SuccessionKind
{
    /// <summary>The successor kept the predecessor's seat (Russia for the USSR): one voice, so votes can be joined.</summary>
    Continuation,

    /// <summary>Two members became one (Germany 1990, Yemen 1990): both voted before, so votes are never joined.</summary>
    Merger,

    /// <summary>The seat passed to another government of another state (the China seat, 1971): never joined.</summary>
    SeatTransfer,

    /// <summary>The predecessor split into new members (Czechoslovakia): recorded, never joined.</summary>
    Dissolution,
}

/// <summary>A documented succession between two states, with its public source.</summary>
public sealed record Succession(string State, string Predecessor, DateOnly From, SuccessionKind Kind, string SourceUrl, string Note);
