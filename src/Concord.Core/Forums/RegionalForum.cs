namespace Concord.Forums;

/// <summary>A forum whose membership the record holds (SCO, BRICS, EAS, CSTO; also the EU and P5 groups).</summary>
public sealed record RegionalForum(string Code, string Name, string? Note, RecordOrigin Origin);
