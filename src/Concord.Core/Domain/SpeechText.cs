namespace Concord.Domain;

/// <summary>One General Debate speech as the corpus holds it: who gave it, in which session, and its text.</summary>
/// <param name="Filed">The code in the corpus's file name (<c>CHN</c>, <c>RUS</c>, <c>EU</c>).</param>
/// <param name="State">Concord's code for the speaker on the day of the debate: <c>TWN</c> for <c>CHN</c> up to 1971,
/// <c>SUN</c> for <c>RUS</c> up to 1991, <c>SCG</c> for <c>YUG</c> in 2003–2005; an observer keeps its filed code.</param>
/// <param name="Session">The regular session of the General Assembly (1 in 1946).</param>
/// <param name="Entry">The entry's path inside the archive, for provenance.</param>
public sealed record SpeechText(string Filed, string State, int Session, int Year, string Entry, string Text);
