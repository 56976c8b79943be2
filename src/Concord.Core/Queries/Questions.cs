using Concord.Queries.Agreement;
using Concord.Queries.Council;

namespace Concord.Queries;

/// <summary>Every question both shells answer: the CLI makes a command of each, the API an endpoint.</summary>
public static class Questions
{
    public static readonly Question Agree = new AgreeQuestion();

    public static readonly Question Similar = new SimilarQuestion();

    public static readonly Question Diverge = new DivergeQuestion();

    public static readonly Question Sc = new ScQuestion();

    public static readonly Question Vetoes = new VetoesQuestion();

    public static IReadOnlyList<Question> All { get; } = [Agree, Similar, Diverge, Sc, Vetoes];
}
