using Concord.Domain;
namespace Concord.Forums;

/// <summary>A key paragraph of a summit's joint declaration (one row per declaration and paragraph).</summary>
/// <param name="Id">Stable key, e.g. <c>sco-2018-qingdao</c>.</param>
/// <param name="Paragraph">Short key of the paragraph within the declaration, e.g. <c>bri</c>.</param>
/// <param name="Subject">What the paragraph is about, in a few words.</param>
public sealed record Declaration(string Id, string Forum, PartialDate Date, string Title, string Paragraph, string Subject, string? Note, SourceCitation Source, RecordOrigin Origin);
