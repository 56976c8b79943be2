namespace Concord.Questions;

/// <summary>A question that cannot be answered as asked: which parameter, and why, in the words both shells show.</summary>
/// <remarks>The CLI prints the message after "error:"; the API returns it as a 400 naming <see cref="Parameter"/>
/// (a 404 for a <see cref="QuestionNotFound"/>).</remarks>
public class QuestionRefusal(string parameter, string message) : Exception(message)
{
    public string Parameter { get; } = parameter;
}
