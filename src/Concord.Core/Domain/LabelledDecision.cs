namespace Concord.Domain;

/// <summary>One decision with a gold standard: its session, the gold areas and the areas the classifier gave.</summary>
public readonly record struct LabelledDecision(int Session, IssueSet Gold, IssueSet Predicted);
