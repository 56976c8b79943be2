using Concord.Questions.Agreement;
using Concord.Questions.Council;
using Concord.Questions.Decisions;
using Concord.Questions.Forums;
using Concord.Questions.IdealPoints;
using Concord.Questions.Issues;
using Concord.Questions.Speeches;
using Concord.Questions.Sponsorship;

namespace Concord.Questions.Catalog;

/// <summary>Every question both shells answer: the CLI makes a command of each, the API an endpoint.</summary>
/// <remarks>In a namespace of its own: it names every question, so the questions' namespaces can use the shared parts
/// (<c>Concord.Questions</c>) without a cycle back through this list.</remarks>
public static class QuestionCatalog
{
    public static readonly Question Agree = new AgreeQuestion();

    public static readonly Question Similar = new SimilarQuestion();

    public static readonly Question Diverge = new DivergeQuestion();

    public static readonly Question Between = new BetweenQuestion();

    public static readonly Question Sc = new ScQuestion();

    public static readonly Question Vetoes = new VetoesQuestion();

    public static readonly Question Show = new ShowQuestion();

    public static readonly Question Issues = new IssuesQuestion();

    public static readonly Question Ideal = new IdealQuestion();

    public static readonly Question Members = new MembersQuestion();

    public static readonly Question Events = new EventsQuestion();

    public static readonly Question Declarations = new DeclarationsQuestion();

    public static readonly Question Forums = new ForumsQuestion();

    public static readonly Question Cosponsor = new CosponsorQuestion();

    public static readonly Question Say = new SayQuestion();

    public static readonly Question SayWords = new SayWordsQuestion();

    public static readonly Question SpeaksLike = new SpeaksLikeQuestion();

    public static readonly Question Concepts = new ConceptsQuestion();

    public static readonly Question Passages = new PassagesQuestion();

    public static readonly Question WordsVotes = new WordsVotesQuestion();

    public static IReadOnlyList<Question> All { get; } = [Agree, Similar, Diverge, Between, Sc, Vetoes, Show, Issues, Ideal, Members, Events, Declarations, Forums, Cosponsor, Say, SayWords, SpeaksLike, Concepts, Passages, WordsVotes];
}
