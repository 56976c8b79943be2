using System.Collections;
using System.Reflection;
using Concord.Sources;
using Concord.States;
using Concord.Sync;

namespace Concord.Tests.Sync;

/// <summary>Every real source's batch, written and read back, is the batch its reader produced: every public property
/// of every decision, vote and sponsorship (found by reflection, so a field the codec forgets fails here).</summary>
public sealed class SourceBatchCodecTest
{
    [Fact]
    public void EveryRealSource_RoundTrips_FieldByField()
    {
        var dataDir = RealDataDatabase.FindDataDir();
        var readers = RecordBuilder.SourceReaders(dataDir, StateRegistry.Default);
        Assert.True(readers.Count >= 9, $"{readers.Count} readers");
        var decisions = 0;
        foreach (var reader in readers)
        {
            var batch = reader.Read();
            Assert.All(batch.Files, f => Assert.StartsWith(reader.Prefix, f.Replace('\\', '/'), StringComparison.Ordinal));

            using var bytes = new MemoryStream();
            using (var w = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                SourceBatchCodec.Write(w, batch);
            }

            bytes.Position = 0;
            using var r = new BinaryReader(bytes);
            var back = SourceBatchCodec.Read(r);
            Assert.Equal(bytes.Length, bytes.Position);
            AssertSame(batch, back, reader.Name);
            decisions += batch.Decisions.Count;
        }

        Assert.True(decisions > 20_000, $"{decisions} decisions");
    }

    [Fact]
    public void ADecisionWithEveryFieldSet_RoundTrips()
    {
        var d = new SourceDecision
        {
            Source = SourceId.Unvotes,
            File = "ga/x.csv",
            Line = 4_000_000_000,
            VotesFile = "ga/votes.csv.gz",
            SourceKey = "1001",
            Forum = Concord.Domain.Forum.SecurityCouncil,
            Symbol = "S/RES/1(1946)",
            Draft = "S/1",
            AlternateSymbol = "S/RES/2(1946)",
            Kind = Concord.Domain.DecisionKind.Amendment,
            Outcome = Concord.Domain.DecisionOutcome.Vetoed,
            Date = new DateOnly(1946, 1, 25),
            Session = "ES-11",
            RegularSession = -3,
            Title = "Title with ünïcode",
            AgendaItem = "Agenda",
            Subjects = "A | B",
            Meeting = "S/PV.1",
            Tally = new Concord.Domain.Tally(10, 2, 3, 0),
            RecordedVote = false,
            Important = false,
            UndlId = "900101",
            StatedUnanimous = true,
            TallyFromVotes = true,
        };
        d.Issues.Add("me");
        d.Votes.Add(new SourceVote("USA", Concord.Domain.Vote.No, 12));
        d.Votes.Add(new SourceVote("USA", Concord.Domain.Vote.Yes, long.MaxValue));
        d.Vetoers.Add("RUS");
        d.Sponsors.Add("FRA");
        d.Sponsorships.Add(new Concord.Sponsorships.SourceSponsorship(Concord.Sponsorships.SponsorKind.Additional, 3, "France (on behalf of the EU)", new Concord.Sponsorships.SponsorName("France", Concord.Sponsorships.SponsorClass.State, "FRA", "European Union")));
        var empty = new SourceDecision { Source = SourceId.Unvotes, File = "f", Line = 0, SourceKey = "k", Forum = Concord.Domain.Forum.GeneralAssembly, Tally = new Concord.Domain.Tally(1, 0, 0) };
        var batch = new SourceBatch(SourceId.Unvotes, [d, empty], ["ga/x.csv"], 42);

        using var bytes = new MemoryStream();
        using (var w = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            SourceBatchCodec.Write(w, batch);
        }

        bytes.Position = 0;
        AssertSame(batch, SourceBatchCodec.Read(new BinaryReader(bytes)), "hand-built");
    }

    [Fact]
    public void TruncatedBytes_AreRefused()
    {
        var d = new SourceDecision { Source = SourceId.Unvotes, File = "f", Line = 1, SourceKey = "k", Forum = Concord.Domain.Forum.GeneralAssembly };
        using var bytes = new MemoryStream();
        using (var w = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            SourceBatchCodec.Write(w, new SourceBatch(SourceId.Unvotes, [d], ["f"], 1));
        }

        var cut = bytes.ToArray()[..^3];
        Assert.ThrowsAny<EndOfStreamException>(() => SourceBatchCodec.Read(new BinaryReader(new MemoryStream(cut))));
    }

    [Fact]
    public void ACountLargerThanTheBytesLeft_IsRefusedBeforeItIsAllocated()
    {
        using var bytes = new MemoryStream();
        using (var w = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write((short)SourceId.Unvotes);
            w.Write7BitEncodedInt64(1);
            w.Write7BitEncodedInt(0);
            w.Write7BitEncodedInt(int.MaxValue);
        }

        bytes.Position = 0;
        var e = Assert.Throws<FormatException>(() => SourceBatchCodec.Read(new BinaryReader(bytes)));
        Assert.Contains("2147483647 items", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Public properties compared recursively: values by Equals, lists item by item, records field by field.</summary>
    private static void AssertSame(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: {expected ?? "null"} against {actual ?? "null"}");
            return;
        }

        var type = expected.GetType();
        if (expected is IEnumerable && expected is not string)
        {
            Assert.True(actual is IEnumerable, $"{path}: a list against {actual}");
        }
        else
        {
            Assert.Equal(type, actual.GetType());
        }

        if (type.IsPrimitive || type.IsEnum || expected is string || expected is DateOnly || expected is decimal)
        {
            Assert.True(expected.Equals(actual), $"{path}: {expected} against {actual}");
            return;
        }

        if (expected is IEnumerable list)
        {
            var a = list.Cast<object?>().ToList();
            var b = ((IEnumerable)actual).Cast<object?>().ToList();
            Assert.True(a.Count == b.Count, $"{path}: {a.Count} items against {b.Count}");
            for (var i = 0; i < a.Count; i++)
            {
                AssertSame(a[i], b[i], $"{path}[{i}]");
            }

            return;
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToList();
        Assert.NotEmpty(properties);
        foreach (var p in properties)
        {
            AssertSame(p.GetValue(expected), p.GetValue(actual), $"{path}.{p.Name}");
        }
    }
}
