namespace Concord.Questions;

/// <summary>A well-formed question about something the record does not hold (a decision symbol not on record).</summary>
/// <remarks>A refusal like any other for the CLI (the message after "error:"); the API answers it with 404, not 400,
/// since the parameter was valid and only the record lacks what it names.</remarks>
public sealed class QuestionNotFound(string parameter, string message) : QuestionRefusal(parameter, message);
