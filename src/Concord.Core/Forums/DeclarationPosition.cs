namespace Concord.Forums;

/// <summary>One member's position on one paragraph of a declaration; its source is the declaration's.</summary>
public sealed record DeclarationPosition(string Declaration, string Paragraph, string State, PositionKind Position, string? Note, RecordOrigin Origin);
