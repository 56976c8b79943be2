namespace Concord.Analysis.ChangePoints;

/// <summary>A run of consecutive points with one level: from the first to the last label (e.g. years), its weighted mean and weight.</summary>
public sealed record Segment(int From, int To, double Mean, double Weight, int Points);
