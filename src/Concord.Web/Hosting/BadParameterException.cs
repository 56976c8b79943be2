namespace Concord.Web.Hosting;

/// <summary>A query parameter the API refuses; the client gets 400 with the parameter's name and this message.</summary>
public sealed class BadParameterException(string parameter, string message) : Exception(message)
{
    public string Parameter { get; } = parameter;
}
