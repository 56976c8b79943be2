namespace Concord.Sources;

/// <summary>One state-year of the Bailey–Strezhnev–Voeten ideal-point estimates (the yardstick for Concord's own).</summary>
public sealed record IdealPointReference(int Cow, string State, int Year, int Votes, double IdealPoint, double? Q05, double? Q10, double? Q50, double? Q90, double? Q95);
