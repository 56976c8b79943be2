using Concord.Analysis.Agreement;
using Concord.Domain;

namespace Concord.Analysis.Divergence;

/// <summary>A decision on which two states voted differently, with what makes it notable.</summary>
/// <param name="Opposite">One voted yes and the other no (else one abstained).</param>
/// <param name="Contestedness">How divided the whole body was: 1 − |yes − no| / (yes + no + abstain), in [0, 1].</param>
public sealed record Divergence(int Column, MatrixDecision Decision, Vote A, Vote B, bool Opposite, Tally Tally, double Contestedness);
