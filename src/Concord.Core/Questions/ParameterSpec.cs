namespace Concord.Questions;

/// <summary>One parameter a question takes, declared once: the CLI makes an argument or option of it, the API a query
/// parameter of the same name, and both hand its text to the question unparsed, so that one parser checks it.</summary>
/// <param name="Name">The name in both shells: <c>from</c> is <c>--from</c> and <c>?from=</c>.</param>
/// <param name="Positional">A CLI argument (<c>agree CHN RUS</c>) rather than an option; the API names it all the same.</param>
/// <param name="Flag">A switch: <c>--no-predecessors</c> on the command line, <c>no-predecessors=true</c> in the API.</param>
/// <param name="Choices">The values accepted, when they are a fixed list (shown in help, checked by the parser).</param>
public sealed record ParameterSpec(string Name, string Description, bool Positional = false, bool Flag = false, IReadOnlyList<string>? Choices = null);
