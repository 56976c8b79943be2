namespace Concord.Sources;

/// <summary>A file that went into a database: its checksum and publisher, stored in the <c>sources</c> table.</summary>
public sealed record SourceFileInfo(SourceId Source, string File, string Sha256, long Bytes, string Publisher, string Terms, string OriginUrl, long RowsRead);
