using System.Globalization;
using System.Text.RegularExpressions;
using Concord.Domain;
using Concord.States;
using nietras.SeparatedValues;

namespace Concord.Sources;

/// <summary>Reads the per-member votes on every Council draft put to a vote, 1994–2025 (oliverunv compilation).</summary>
/// <remarks>
/// Quirks handled here: the published dates of adopted resolutions before 2021 have day and month swapped
/// when the day is 12 or less, so <c>Date_corrected</c> is read; vetoed and failed drafts have no resolution
/// number and are keyed by their draft symbol; absent members are not coded.
/// <para>Amendments appear as drafts, and no column says which are. A text is read as an amendment
/// (<see cref="DecisionKind.Amendment"/>) when the file says so in its draft column ("S/2024/797 (amendment)",
/// "Oral amendment 2"); when it was put to the vote at the meeting, and on the agenda item, at which a resolution
/// was adopted from a draft numbered below it (S/2025/114–118 with S/RES/2774(2025) from S/2025/112; the adopted
/// S/2023/1023 with S/RES/2719(2023) from S/2023/999: a text adopted without a resolution number of its own); or
/// when the UN's document names it an amendment (<c>Reference/sc_amendments.csv</c>, with the document and press
/// release cited: S/2023/775 and S/2023/776, Russia's amendments to Brazil's S/2023/773, look like competing drafts
/// in the file).</para>
/// </remarks>
public sealed partial class ScDraftVotesReader(StateRegistry states)
{
    public const string File = "sc/sc_draft_votes_1994_2025_oliverunv.csv";

    public SourceBatch Read(string dataDir)
    {
        var byId = new Dictionary<string, SourceDecision>(StringComparer.Ordinal);
        var order = new List<SourceDecision>();
        long rows = 0;
        using var csv = CsvSource.Open(dataDir, File);
        int cDate = csv.Column("Date_corrected"), cRes = csv.Column("Resolution"), cMeeting = csv.Column("Meeting"),
            cDraft = csv.Column("Draft"), cAgenda = csv.Column("Agenda item"), cOutcome = csv.Column("Outcome results"),
            cVote = csv.Column("Vote"), cMember = csv.Column("Member State"), cId = csv.Column("ID"), cTopic = csv.Column("Topic"),
            cSponsors = csv.Column("Submitted by");
        foreach (var row in csv.Reader)
        {
            if (!csv.Accept(row))
            {
                continue;
            }

            rows++;
            var id = row[cId].ToString().Trim();
            if (id.Length == 0)
            {
                throw csv.Error(row, "ID", "empty vote ID");
            }

            if (!byId.TryGetValue(id, out var d))
            {
                if (!Dates.TryParse(row[cDate].Span, out var date))
                {
                    throw csv.Error(row, "Date_corrected", Dates.Problem(row[cDate].Span, "YYYY-MM-DD"));
                }

                var outcomeText = row[cOutcome].ToString().Trim();
                var consensus = outcomeText is "Adopted by consensus" or "Adopted by acclamation";
                var outcome = outcomeText switch
                {
                    var s when s.StartsWith("Adopted", StringComparison.Ordinal) => DecisionOutcome.Adopted,
                    "Not adopted - veto" => DecisionOutcome.Vetoed,
                    var s when s.StartsWith("Not adopted - failed", StringComparison.Ordinal) => DecisionOutcome.Failed,
                    var s => throw csv.Error(row, "Outcome results", $"'{s}' is not a known outcome"),
                };
                var draftText = row[cDraft].ToString().Trim();
                var resText = row[cRes].ToString().Trim().Trim('\u00a0');
                if (resText.Contains("/RES/", StringComparison.Ordinal) is false && draftText.Contains("/RES/", StringComparison.Ordinal))
                {
                    // A few 2025 rows have the resolution and draft columns swapped.
                    (resText, draftText) = (draftText, resText);
                }

                var draftMatch = DraftSymbol().Match(draftText);
                var draft = draftMatch.Success ? Symbols.NormalizeSc(draftMatch.Value) : null;
                string? symbol = null;
                string? alternate = null;
                var res = ResolutionNumber().Match(resText);
                if (res.Success)
                {
                    var year = int.Parse(res.Groups[2].Value, CultureInfo.InvariantCulture);
                    // A number whose year is not the vote's year is a slip (e.g. '425 (2002)'); the draft symbol identifies it instead.
                    var number = int.Parse(res.Groups[1].Value, CultureInfo.InvariantCulture);
                    if (year == date.Year)
                    {
                        symbol = Symbols.ScResolution(number, year);
                    }
                    else
                    {
                        alternate = Symbols.ScResolution(number, date.Year);
                    }
                }
                else if (resText.Length > 0 && resText != "Missing")
                {
                    throw csv.Error(row, "Resolution", $"'{resText}' is not a resolution number like '893 (1994)'");
                }

                var adopted = outcome == DecisionOutcome.Adopted;
                symbol ??= adopted && !draftText.Contains("amendment", StringComparison.OrdinalIgnoreCase) ? null : draft;

                var meeting = row[cMeeting].ToString().Trim();
                d = new SourceDecision
                {
                    Source = SourceId.ScDraftVotes,
                    File = File,
                    Line = row.LineNumberFrom,
                    SourceKey = "ID " + id,
                    Forum = Forum.SecurityCouncil,
                    Symbol = symbol,
                    Draft = draft ?? (draftText.Length > 0 ? draftText : null),
                    AlternateSymbol = alternate,
                    Kind = draftText.Contains("amendment", StringComparison.OrdinalIgnoreCase) || (draft is not null && s_namedAmendments.Contains(draft))
                        ? DecisionKind.Amendment
                        : adopted ? DecisionKind.Resolution : DecisionKind.Draft,
                    Outcome = outcome,
                    Date = date,
                    Title = NullIfEmpty(row[cTopic].ToString()),
                    AgendaItem = NullIfEmpty(row[cAgenda].ToString()),
                    Meeting = meeting.Length > 0 && char.IsDigit(meeting[0]) ? "S/PV." + meeting : NullIfEmpty(meeting),
                };
                // "Adopted by consensus/acclamation" was no vote: the file still codes every member Yes.
                d.RecordedVote = !consensus;
                d.StatedUnanimous = outcomeText == "Adopted unanimously";
                d.TallyFromVotes = true;
                AddSponsors(d, row[cSponsors].ToString());
                byId.Add(id, d);
                order.Add(d);
            }

            var vote = row[cVote].Span.Trim() switch
            {
                "Yes" => Vote.Yes,
                "No" => Vote.No,
                "Abstain" => Vote.Abstain,
                _ => throw csv.Error(row, "Vote", $"'{row[cVote]}' is not Yes, No or Abstain"),
            };
            var name = row[cMember].ToString();
            if (!states.TryResolve(name, d.Date, out var state))
            {
                throw csv.Error(row, "Member State", new UnknownStateException(name, states.Closest(name)).Message);
            }

            if (d.RecordedVote)
            {
                d.Votes.Add(new SourceVote(state.Code, vote, row.LineNumberFrom));
            }
        }

        foreach (var d in order)
        {
            d.Tally = d.RecordedVote ? UnvotesReader.CountTally(d.Votes) : null;
        }

        MarkAmendmentsOfAdoptedDrafts(order);

        return new SourceBatch(SourceId.ScDraftVotes, order, [File], rows);
    }

    /// <summary>The amendments the UN's documents name as such where the file cannot tell (Reference/sc_amendments.csv).</summary>
    private static readonly HashSet<string> s_namedAmendments = ReadNamedAmendments(StateRegistry.ReadResource("sc_amendments.csv"));

    internal static HashSet<string> ReadNamedAmendments(string csv)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        using var r = Sep.Reader(o => o with { Unescape = true }).FromText(csv);
        foreach (var row in r)
        {
            result.Add(Symbols.NormalizeSc(row["symbol"].ToString().Trim()));
        }

        return result;
    }

    /// <summary>
    /// A text voted at a meeting where, on the same agenda item, a resolution was adopted from a draft numbered below it
    /// is an amendment to that draft: amendments are issued after the draft they amend and voted before it, and a
    /// competing draft is not voted once another text on the item has been adopted (competing drafts of one meeting,
    /// S/2019/186 and S/2019/190, both failed). An adopted text without a resolution number is such an amendment
    /// (S/2023/1023), never a resolution.
    /// </summary>
    internal static void MarkAmendmentsOfAdoptedDrafts(IReadOnlyList<SourceDecision> decisions)
    {
        foreach (var meeting in decisions.Where(d => d.Meeting is not null).GroupBy(d => (d.Meeting, d.AgendaItem)))
        {
            var amended = meeting.Where(d => d.Outcome == DecisionOutcome.Adopted && d.Kind == DecisionKind.Resolution && d.Symbol is not null
                && DraftNumber(d.Draft) is not null).ToList();
            foreach (var d in meeting)
            {
                if (d.Kind == DecisionKind.Amendment || d.Symbol?.Contains("/RES/", StringComparison.Ordinal) == true || DraftNumber(d.Draft) is not { } own)
                {
                    continue;
                }

                if (amended.Any(r => DraftNumber(r.Draft) is { } main && main.Year == own.Year && main.Number < own.Number))
                {
                    d.Kind = DecisionKind.Amendment;
                    d.Symbol ??= d.Draft;
                }
            }
        }
    }

    private static (int Year, int Number)? DraftNumber(string? draft) =>
        draft is not null && DraftParts().Match(draft) is { Success: true } m
            ? (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;

    /// <summary>
    /// The sponsors the file names, where a name resolves cleanly. The column is free text ("President", "E10",
    /// names broken across lines): what does not resolve is left out, never guessed, since sponsors here only
    /// serve the check that no sponsor voted against its own draft.
    /// </summary>
    private void AddSponsors(SourceDecision d, string text)
    {
        foreach (var part in SponsorSeparator().Split(text.Replace("_x000D_", "", StringComparison.Ordinal)))
        {
            var name = part.Trim().TrimEnd('.').Trim();
            if (name.StartsWith("the ", StringComparison.Ordinal))
            {
                name = name[4..];
            }

            if (name.Length > 2 && states.TryResolve(name, d.Date, out var sponsor) && !d.Sponsors.Contains(sponsor.Code))
            {
                d.Sponsors.Add(sponsor.Code);
            }
        }
    }

    private static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [GeneratedRegex(@",|\band\b|\n")]
    private static partial Regex SponsorSeparator();

    [GeneratedRegex(@"^S/\d{4}/\d+")]
    private static partial Regex DraftSymbol();

    [GeneratedRegex(@"^S/(\d{4})/(\d+)$")]
    private static partial Regex DraftParts();

    [GeneratedRegex(@"^(?:S/RES/|Resolution )?\s*(\d{1,4})\s*[(/]\s*(\d{4})\)?\s*$")]
    private static partial Regex ResolutionNumber();
}
