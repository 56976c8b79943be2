using Concord.Domain;
using Concord.Sources;
using Concord.Sponsorships;

namespace Concord.Sync;

/// <summary>A <see cref="SourceBatch"/> as bytes and back, every field of every decision as the reader left it.</summary>
/// <remarks>
/// Strings repeat (a state's code on a million votes, a file's name on every decision), so each is written once and
/// then by its number. Numbers are written in as few bytes as they need. <c>SourceBatchCodecTest</c> compares every
/// public property of every decision of the real sources after a round trip, so a field added to
/// <see cref="SourceDecision"/> and not written here fails it.
/// </remarks>
internal static class SourceBatchCodec
{
    public static void Write(BinaryWriter w, SourceBatch batch)
    {
        var strings = new Strings(w);
        w.Write((short)batch.Source);
        w.Write7BitEncodedInt64(batch.RowsRead);
        w.Write7BitEncodedInt(batch.Files.Count);
        foreach (var f in batch.Files)
        {
            strings.Write(f);
        }

        w.Write7BitEncodedInt(batch.Decisions.Count);
        foreach (var d in batch.Decisions)
        {
            w.Write((short)d.Source);
            strings.Write(d.File);
            w.Write7BitEncodedInt64(d.Line);
            strings.Write(d.VotesFile);
            strings.Write(d.SourceKey);
            w.Write((byte)d.Forum);
            strings.Write(d.Symbol);
            strings.Write(d.Draft);
            strings.Write(d.AlternateSymbol);
            w.Write((byte)d.Kind);
            w.Write((byte)d.Outcome);
            w.Write(d.Date is { } date ? date.DayNumber : -1);
            strings.Write(d.Session);
            w.Write(d.RegularSession ?? short.MinValue);
            strings.Write(d.Title);
            strings.Write(d.AgendaItem);
            strings.Write(d.Subjects);
            strings.Write(d.Meeting);
            w.Write(d.Tally is not null);
            if (d.Tally is { } t)
            {
                w.Write(t.Yes);
                w.Write(t.No);
                w.Write(t.Abstain);
                w.Write(t.NonVoting ?? int.MinValue);
            }

            w.Write(d.RecordedVote);
            w.Write(d.Important switch { null => (byte)2, true => (byte)1, false => (byte)0 });
            strings.Write(d.UndlId);
            WriteList(w, strings, d.Issues);
            w.Write7BitEncodedInt(d.Votes.Count);
            foreach (var v in d.Votes)
            {
                strings.Write(v.State);
                w.Write((byte)v.Vote);
                w.Write7BitEncodedInt64(v.Line);
            }

            WriteList(w, strings, d.Vetoers);
            WriteList(w, strings, d.Sponsors);
            w.Write7BitEncodedInt(d.Sponsorships.Count);
            foreach (var s in d.Sponsorships)
            {
                w.Write((byte)s.Kind);
                w.Write7BitEncodedInt(s.Position);
                strings.Write(s.Entry);
                strings.Write(s.Sponsor.Name);
                w.Write((byte)s.Sponsor.Class);
                strings.Write(s.Sponsor.State);
                strings.Write(s.Sponsor.OnBehalfOf);
            }

            w.Write(d.StatedUnanimous);
            w.Write(d.TallyFromVotes);
        }
    }

    public static SourceBatch Read(BinaryReader r)
    {
        var strings = new List<string?> { null };
        string? S()
        {
            var i = r.Read7BitEncodedInt();
            if (i == strings.Count)
            {
                strings.Add(r.ReadString());
            }
            else if (i > strings.Count)
            {
                throw new FormatException("A string is named before it is written.");
            }

            return strings[i];
        }

        string Required() => S() ?? throw new FormatException("A required string is missing.");

        var source = (SourceId)r.ReadInt16();
        var rowsRead = r.Read7BitEncodedInt64();
        var files = new string[Count(r)];
        for (var i = 0; i < files.Length; i++)
        {
            files[i] = Required();
        }

        var decisions = new SourceDecision[Count(r)];
        for (var k = 0; k < decisions.Length; k++)
        {
            var d = new SourceDecision
            {
                Source = (SourceId)r.ReadInt16(),
                File = Required(),
                Line = r.Read7BitEncodedInt64(),
                VotesFile = S(),
                SourceKey = Required(),
                Forum = (Forum)r.ReadByte(),
            };
            d.Symbol = S();
            d.Draft = S();
            d.AlternateSymbol = S();
            d.Kind = (DecisionKind)r.ReadByte();
            d.Outcome = (DecisionOutcome)r.ReadByte();
            var day = r.ReadInt32();
            d.Date = day < 0 ? null : DateOnly.FromDayNumber(day);
            d.Session = S();
            var regular = r.ReadInt16();
            d.RegularSession = regular == short.MinValue ? null : regular;
            d.Title = S();
            d.AgendaItem = S();
            d.Subjects = S();
            d.Meeting = S();
            if (r.ReadBoolean())
            {
                int yes = r.ReadInt32(), no = r.ReadInt32(), abstain = r.ReadInt32(), nonVoting = r.ReadInt32();
                d.Tally = new Tally(yes, no, abstain, nonVoting == int.MinValue ? null : nonVoting);
            }

            d.RecordedVote = r.ReadBoolean();
            d.Important = r.ReadByte() switch { 2 => null, 1 => true, _ => false };
            d.UndlId = S();
            ReadList(r, S, d.Issues);
            var votes = Count(r);
            d.Votes.Capacity = votes;
            for (var i = 0; i < votes; i++)
            {
                var state = S() ?? throw new FormatException("A vote names no state.");
                d.Votes.Add(new SourceVote(state, (Vote)r.ReadByte(), r.Read7BitEncodedInt64()));
            }

            ReadList(r, S, d.Vetoers);
            ReadList(r, S, d.Sponsors);
            var sponsorships = Count(r);
            for (var i = 0; i < sponsorships; i++)
            {
                var kind = (SponsorKind)r.ReadByte();
                var position = r.Read7BitEncodedInt();
                var entry = Required();
                var name = Required();
                var cls = (SponsorClass)r.ReadByte();
                d.Sponsorships.Add(new SourceSponsorship(kind, position, entry, new SponsorName(name, cls, S(), S())));
            }

            d.StatedUnanimous = r.ReadBoolean();
            d.TallyFromVotes = r.ReadBoolean();
            decisions[k] = d;
        }

        return new SourceBatch(source, decisions, files, rowsRead);
    }

    private static void WriteList(BinaryWriter w, Strings strings, List<string> list)
    {
        w.Write7BitEncodedInt(list.Count);
        foreach (var s in list)
        {
            strings.Write(s);
        }
    }

    private static void ReadList(BinaryReader r, Func<string?> next, List<string> into)
    {
        var count = Count(r);
        for (var i = 0; i < count; i++)
        {
            into.Add(next() ?? throw new FormatException("A list holds no string."));
        }
    }

    /// <summary>A number of items, each at least a byte: more than the bytes left means a damaged file, refused before
    /// anything that large is allocated.</summary>
    private static int Count(BinaryReader r)
    {
        var n = r.Read7BitEncodedInt();
        return n >= 0 && n <= r.BaseStream.Length - r.BaseStream.Position
            ? n
            : throw new FormatException($"A count of {n} items with {r.BaseStream.Length - r.BaseStream.Position} bytes left.");
    }

    /// <summary>Each string once: number 0 is null, a new string takes the next number and follows it.</summary>
    private sealed class Strings(BinaryWriter w)
    {
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

        public void Write(string? s)
        {
            if (s is null)
            {
                w.Write7BitEncodedInt(0);
                return;
            }

            if (_numbers.TryGetValue(s, out var n))
            {
                w.Write7BitEncodedInt(n);
                return;
            }

            n = _numbers.Count + 1;
            _numbers[s] = n;
            w.Write7BitEncodedInt(n);
            w.Write(s);
        }
    }
}
