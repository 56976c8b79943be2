namespace Concord.Sources;

/// <summary>Everything one reader produced from one source, with the files it read.</summary>
public sealed record SourceBatch(SourceId Source, IReadOnlyList<SourceDecision> Decisions, IReadOnlyList<string> Files, long RowsRead);
