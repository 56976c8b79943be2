using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Concord.Domain;
using Concord.Sponsorships;
using Concord.States;

namespace Concord.Sources;

/// <summary>Reads the UN DGACM machine-readable resolution files (JSON Lines): GA sessions 74–80, ES-10, ES-11, S-32; SC 2000–2026.</summary>
/// <remarks>
/// Quirks handled here: adopted resolutions only; members absent or not voting are not listed; GA session 74
/// writes dates as <c>2019-10-10 00:00:00</c>, the rest as <c>21 September 2020</c>; a few records are
/// duplicated and a few have empty member lists although a vote was taken (their tally is kept, no member votes).
/// The Assembly records' sponsor lists (<c>sponsors</c>, <c>additional_sponsors</c>) are read into
/// <see cref="SourceDecision.Sponsorships"/> by <see cref="SponsorListParser"/>; a name it cannot map is kept as unmapped,
/// not refused, since the lists are extracted from the documents and a stray fragment says nothing against the votes.
/// </remarks>
public sealed partial class DgacmReader(StateRegistry states)
{
    private readonly SponsorListParser _sponsors = new(states);

    public const string GaFolder = "ga/unxml_ga_data_extract";
    public const string ScFolder = "sc/unxml_sc_data_extract";

    public SourceBatch ReadGeneralAssembly(string dataDir) => Read(dataDir, GaFolder, Forum.GeneralAssembly, SourceId.DgacmGa);

    public SourceBatch ReadSecurityCouncil(string dataDir) => Read(dataDir, ScFolder, Forum.SecurityCouncil, SourceId.DgacmSc);

    private SourceBatch Read(string dataDir, string folder, Forum forum, SourceId source)
    {
        var dir = Path.Combine(dataDir, folder);
        if (!Directory.Exists(dir))
        {
            throw new DirectoryNotFoundException($"Source folder not found: {dir}");
        }

        var decisions = new List<SourceDecision>();
        var files = Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal).ToList();
        long rows = 0;
        foreach (var path in files)
        {
            var rel = folder + "/" + Path.GetFileName(path);
            long lineNo = 0;
            using var text = new StreamReader(SourceFile.OpenRead(dataDir, rel));
            while (text.ReadLine() is { } line)
            {
                lineNo++;

                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                rows++;
                JsonDocument doc;
                try
                {
                    doc = JsonDocument.Parse(line);
                }
                catch (JsonException e)
                {
                    throw new MalformedSourceException(rel, lineNo, "(json)", e.Message);
                }

                using (doc)
                {
                    CheckFieldLengths(doc.RootElement, rel, lineNo);
                    if (line.Length > FieldBoundReader.MaxRowChars)
                    {
                        throw new MalformedSourceException(rel, lineNo, "(json)", $"the record is {line.Length:N0} characters long, over the bound of {FieldBoundReader.MaxRowChars:N0} for one record");
                    }

                    if (line.Contains('\uFFFD', StringComparison.Ordinal))
                    {
                        throw new MalformedSourceException(rel, lineNo, FieldHolding(doc.RootElement, '\uFFFD'), "holds bytes that are not UTF-8 text (a file saved as Latin-1 or Windows-1252?)");
                    }

                    decisions.Add(ReadRecord(doc.RootElement, rel, lineNo, forum, source));
                }
            }

            if (lineNo == 0 || decisions.Count == 0 || decisions[^1].File != rel)
            {
                throw new MalformedSourceException(rel, Math.Max(lineNo, 1), "(records)", "holds no records: an empty session file is a broken download");
            }
        }

        return new SourceBatch(source, decisions, files.Select(f => folder + "/" + Path.GetFileName(f)).ToList(), rows);
    }

    private SourceDecision ReadRecord(JsonElement e, string file, long line, Forum forum, SourceId source)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new MalformedSourceException(file, line, "(json)", "a record must be a JSON object");
        }

        var symbolText = Text(e, "symbol", file, line) ?? throw new MalformedSourceException(file, line, "symbol", "missing");
        var symbol = forum == Forum.GeneralAssembly ? Symbols.NormalizeGa(symbolText) : Symbols.NormalizeSc(symbolText);
        var dateText = Text(e, "adoption_date", file, line) ?? throw new MalformedSourceException(file, line, "adoption_date", "missing");
        if (!Dates.TryParse(dateText, out var date))
        {
            throw new MalformedSourceException(file, line, "adoption_date", Dates.Problem(dateText, "a date like '21 September 2020'"));
        }

        var d = new SourceDecision
        {
            Source = source,
            File = file,
            Line = line,
            SourceKey = symbolText,
            Forum = forum,
            Symbol = symbol,
            Kind = DecisionKind.Resolution,
            Outcome = DecisionOutcome.Adopted,
            Date = date,
            Session = forum == Forum.GeneralAssembly ? Symbols.GaSession(symbol) : null,
            Title = DecisionTitles.Clean(forum == Forum.GeneralAssembly ? Text(e, "title", file, line) : Text(e, "resolution_title", file, line) ?? Text(e, "document_title", file, line)),
            AgendaItem = Text(e, "agenda_item_name", file, line),
            Meeting = forum == Forum.GeneralAssembly ? Text(e, "pv", file, line) : CouncilMeeting(e, file, line),
            Draft = forum == Forum.GeneralAssembly ? Text(e, "originating_document", file, line) : Text(e, "draft_resolution", file, line),
            Subjects = Subjects(e, file, line),
        };
        var yes = Count(e, "MS_in_favour_count", file, line, forum, date);
        var no = Count(e, "MS_against_count", file, line, forum, date);
        var abstain = Count(e, "MS_abstaining_count", file, line, forum, date);
        AddVotes(e, "MS_in_favour", Vote.Yes, d, date, file, line);
        AddVotes(e, "MS_against", Vote.No, d, date, file, line);
        AddVotes(e, "MS_abstaining", Vote.Abstain, d, date, file, line);
        if (forum == Forum.GeneralAssembly)
        {
            AddSponsors(e, SponsorKind.Sponsor, d, date, file, line);
            AddSponsors(e, SponsorKind.Additional, d, date, file, line);
        }

        var adoption = Text(e, "adoption_type", file, line) ?? "";
        var withoutVote = adoption.Contains("without a vote", StringComparison.OrdinalIgnoreCase) || adoption.Contains("consensus", StringComparison.OrdinalIgnoreCase);
        d.RecordedVote = d.Votes.Count > 0 || (!withoutVote && yes + no + abstain > 0);
        d.Tally = d.RecordedVote ? new Tally(yes, no, abstain) : null;
        return d;
    }

    /// <summary>
    /// The Council meeting a resolution was adopted at, from the record's meeting field (<c>adoption_meeting</c>,
    /// "7012th meeting"), as <c>S/PV.7012</c>, with "(Resumption 1)" where the record says the meeting was resumed.
    /// </summary>
    /// <remarks>
    /// The record names the meeting three times: the meeting field, the adoption text ("Adopted unanimously, 7012th
    /// meeting") and <c>outcome_letter</c>, which should hold the meeting record's symbol. The outcome letter is the
    /// least reliable of the three (S/RES/2112(2013) gives S/PV.7102 where both others say 7012; 13 such records), and
    /// under written procedure it holds the letter announcing the result, not a meeting. So the meeting field is read,
    /// unless the two other fields agree on another number (S/RES/2423(2018): field 8277, text and letter 8298, the
    /// meeting every other source gives). A record without a meeting field falls back on the text, then the letter.
    /// "Voting by mail" names no meeting, and its letter is no meeting record: null.
    /// </remarks>
    internal static string? CouncilMeeting(JsonElement e, string file, long line)
    {
        var field = Text(e, "adoption_meeting", file, line);
        var adoption = Text(e, "adoption_type", file, line);
        var fromField = MeetingNumber(field);
        var fromText = MeetingNumber(adoption);
        var fromLetter = Text(e, "outcome_letter", file, line) is { } letter && MeetingRecord().Match(letter) is { Success: true } m ? m.Groups[1].Value : null;
        var number = fromText is not null && fromText == fromLetter && fromText != fromField ? fromText : fromField ?? fromText ?? fromLetter;
        if (number is null)
        {
            return null;
        }

        // "(Resumption 1)" is in the meeting field or the adoption text, whichever names this meeting.
        var resumption = Resumption().Match(number == fromText ? $"{field} {adoption}" : field ?? "");
        return resumption.Success ? $"S/PV.{number} (Resumption {resumption.Groups[1].Value})" : "S/PV." + number;
    }

    private static string? MeetingNumber(string? text) =>
        text is not null && MeetingOrdinal().Match(text) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"\b(\d{2,5})\s*(?:st|nd|rd|th)", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingOrdinal();

    [GeneratedRegex(@"^S/PV\.?\s*(\d{2,5})\b")]
    private static partial Regex MeetingRecord();

    [GeneratedRegex(@"\(Resumption\s*(\d+)\)", RegexOptions.IgnoreCase)]
    private static partial Regex Resumption();

    private void AddVotes(JsonElement e, string field, Vote vote, SourceDecision d, DateOnly date, string file, long line)
    {
        if (!e.TryGetProperty(field, out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new MalformedSourceException(file, line, field, "must be a list of member names");
        }

        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                throw new MalformedSourceException(file, line, field, $"holds {item.GetRawText()}, not a member name");
            }

            var name = item.GetString();
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            if (!states.TryResolve(name, date, out var state))
            {
                throw new MalformedSourceException(file, line, field, new UnknownStateException(name, states.Closest(name)).Message);
            }

            d.Votes.Add(new SourceVote(state.Code, vote, line));
        }
    }

    private void AddSponsors(JsonElement e, SponsorKind kind, SourceDecision d, DateOnly date, string file, long line)
    {
        var field = kind.Field();
        if (!e.TryGetProperty(field, out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new MalformedSourceException(file, line, field, "must be a list of sponsor names");
        }

        var position = 0;
        var parsed = new List<SourceSponsorship>();
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                throw new MalformedSourceException(file, line, field, $"holds {item.GetRawText()}, not a sponsor name");
            }

            var entry = item.GetString() ?? "";
            foreach (var sponsor in _sponsors.Parse(entry, date))
            {
                parsed.Add(new SourceSponsorship(kind, position, entry, sponsor));
            }

            position++;
        }

        // An "on behalf of" phrase the extraction attached to the name after the group's speaker goes back to the speaker.
        GroupAttribution.Repair(parsed, date);
        d.Sponsorships.AddRange(parsed);
    }

    private static int Count(JsonElement e, string field, string file, long line, Forum forum, DateOnly date) =>
        Text(e, field, file, line) is not { } t ? 0
            : VoteCounts.TryParse(t, forum, date, out var n, out var problem) ? n : throw new MalformedSourceException(file, line, field, problem);

    /// <summary>A text property; absent or null is null, and an object, list or true/false where text belongs is refused, not read as absent.</summary>
    private static string? Text(JsonElement e, string field, string file, long line)
    {
        if (!e.TryGetProperty(field, out var v))
        {
            return null;
        }

        var s = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => throw new MalformedSourceException(file, line, field, $"holds a JSON {v.ValueKind.ToString().ToLowerInvariant()} where a text belongs"),
        };
        return string.IsNullOrWhiteSpace(s) || s == "N.A." ? null : s.Trim();
    }

    /// <summary>Refuses a record with a text longer than a field may be, naming the property that holds it.</summary>
    private static void CheckFieldLengths(JsonElement e, string file, long line)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var p in e.EnumerateObject())
        {
            if (p.Name.Length > SourceBounds.MaxFieldChars || LongestText(p.Value) > SourceBounds.MaxFieldChars)
            {
                throw new MalformedSourceException(file, line, p.Name.Length > 80 ? "(json)" : p.Name, $"is longer than {SourceBounds.MaxFieldChars:N0} characters, the bound for a field (the longest real one has about 550)");
            }
        }
    }

    private static int LongestText(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString()!.Length,
        JsonValueKind.Array => v.EnumerateArray().Select(LongestText).DefaultIfEmpty(0).Max(),
        JsonValueKind.Object => v.EnumerateObject().Select(p => LongestText(p.Value)).DefaultIfEmpty(0).Max(),
        _ => v.GetRawText().Length,
    };

    /// <summary>The top-level property whose text holds <paramref name="c"/>.</summary>
    private static string FieldHolding(JsonElement e, char c)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in e.EnumerateObject())
            {
                if (p.Value.GetRawText().Contains(c, StringComparison.Ordinal) || p.Name.Contains(c, StringComparison.Ordinal))
                {
                    return p.Name;
                }
            }
        }

        return "(json)";
    }

    /// <summary>The UNBIS thesaurus and library authority terms, joined with " | ".</summary>
    private static string? Subjects(JsonElement e, string file, long line)
    {
        if (!e.TryGetProperty("subjects", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var terms = new List<string>();
        foreach (var pair in list.EnumerateArray())
        {
            if (pair.ValueKind == JsonValueKind.Array && pair.GetArrayLength() >= 2)
            {
                if (pair[0].ValueKind != JsonValueKind.String || pair[1].ValueKind != JsonValueKind.String)
                {
                    throw new MalformedSourceException(file, line, "subjects", $"{pair.GetRawText()} is not a pair of texts (term, vocabulary)");
                }

                var vocab = pair[1].GetString();
                var term = pair[0].GetString();
                if (term is not null && vocab is "UNBIS Thesaurus" or "DHLAUTH" && !terms.Contains(term))
                {
                    terms.Add(term);
                }
            }
        }

        return terms.Count == 0 ? null : string.Join(" | ", terms);
    }
}
