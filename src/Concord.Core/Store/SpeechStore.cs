using System.Runtime.InteropServices;
using Concord.Domain;
using DuckDB.NET.Data;

namespace Concord.Store;

/// <summary>The General Debate speeches in the database: their catalogue, texts, counts, vocabulary and concepts, and the
/// stamp of the corpus file they were indexed from.</summary>
/// <remarks>
/// <para>Term vectors are stored one row per year (<c>speech_year_vectors</c>): the year's speech ids and each speech's
/// concept counts as little-endian 32-bit integers, and the vectors in <see cref="SpeechVectorCodec"/>'s varint form. A
/// question loads the 79 years in 79 rows, not seven million, nor 10,952 rows of two blobs each (which took seconds).</para>
/// <para>Each speech is stored a second time alone (<c>speech_vectors</c>, in id order): its vector, the document
/// frequency of each of its terms in its year, its row of the year's cosines and, for each, how many of the year's pairs
/// are less alike. A pair question over the whole corpus then reads its two speeches a year and nothing of the others,
/// and a passage question one state's counts: a fresh process pays for every byte DuckDB first reads.</para>
/// <para>A sync indexes the corpus only when its file changed (<see cref="CorpusStamp"/>: checksum, size, index version
/// and concept dictionary); otherwise these tables are copied from the database being replaced.</para>
/// </remarks>
public static class SpeechStore
{
    public const string Schema = """
        CREATE TABLE speech_corpus(file VARCHAR, sha256 VARCHAR, bytes BIGINT, modified_utc VARCHAR, index_version INTEGER, dictionary_sha256 VARCHAR, speeches INTEGER, words BIGINT, indexed_at_utc VARCHAR, index_seconds DOUBLE);
        CREATE TABLE speeches(speech_id INTEGER PRIMARY KEY, state VARCHAR NOT NULL, filed VARCHAR NOT NULL, session SMALLINT NOT NULL, year SMALLINT NOT NULL, words INTEGER NOT NULL, kept INTEGER NOT NULL, source_file VARCHAR NOT NULL, entry VARCHAR NOT NULL);
        CREATE TABLE speech_texts(speech_id INTEGER NOT NULL, text VARCHAR NOT NULL);
        CREATE TABLE speech_year_vectors(year SMALLINT PRIMARY KEY, speech_ids BLOB NOT NULL, vectors BLOB NOT NULL, concepts BLOB NOT NULL, similarities BLOB NOT NULL, median_similarity DOUBLE NOT NULL, offsets BLOB NOT NULL, term_totals BLOB NOT NULL);
        CREATE TABLE speech_vectors(speech_id INTEGER NOT NULL, vector BLOB NOT NULL, document_frequencies BLOB NOT NULL, similarities BLOB NOT NULL, pairs_below BLOB NOT NULL);
        CREATE TABLE speech_vocabulary(term_id INTEGER PRIMARY KEY, stem VARCHAR NOT NULL, word VARCHAR NOT NULL, total BIGINT NOT NULL);
        CREATE TABLE speech_concepts(speech_id INTEGER NOT NULL, concept VARCHAR NOT NULL, count INTEGER NOT NULL);
        CREATE TABLE speech_concept_dictionary(concept VARCHAR PRIMARY KEY, label VARCHAR, terms VARCHAR, note VARCHAR, source VARCHAR, citation VARCHAR);
        """;

    public static readonly string[] Tables = ["speech_corpus", "speeches", "speech_texts", "speech_year_vectors", "speech_vectors", "speech_vocabulary", "speech_concepts", "speech_concept_dictionary"];

    /// <summary>What the speeches were indexed from: two stamps equal in everything but the time are the same index.</summary>
    public sealed record CorpusStamp(string File, string Sha256, long Bytes, string ModifiedUtc, int IndexVersion, string DictionarySha256)
    {
        public bool SameIndexAs(CorpusStamp other) =>
            File == other.File && Sha256 == other.Sha256 && Bytes == other.Bytes && IndexVersion == other.IndexVersion && DictionarySha256 == other.DictionarySha256;
    }

    /// <summary>The stamp of the current database's speeches, or null when it has none (or no database).</summary>
    public static CorpusStamp? ReadStamp(string databasePath)
    {
        if (!System.IO.File.Exists(databasePath))
        {
            return null;
        }

        try
        {
            using var db = ConcordDatabase.OpenReadOnly(databasePath);
            using var cmd = db.Command("SELECT file, sha256, bytes, modified_utc, index_version, dictionary_sha256 FROM speech_corpus");
            using var r = cmd.ExecuteReader();
            return r.Read() ? new CorpusStamp(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetString(3), r.GetInt32(4), r.GetString(5)) : null;
        }
        catch (Exception e) when (e is DuckDBException or InvalidOperationException or IOException)
        {
            return null;
        }
    }

    /// <summary>Writes a freshly built index and its texts into a new database's connection.</summary>
    /// <summary>Writes the speeches into the new database: <paramref name="index"/> with its texts and each year's
    /// cosines when there is one, else the current database's speech tables; then describes the tables.</summary>
    public static void WriteInto(string newDatabase, string currentDatabase, CorpusStamp stamp, SpeechIndex? index, IReadOnlyList<SpeechText>? texts, ConceptDictionary dictionary, double[][]? similarities, double[]? medians, double seconds)
    {
        using var connection = new DuckDBConnection($"Data Source={newDatabase}");
        connection.Open();
        if (index is null)
        {
            CopyFrom(connection, currentDatabase);
        }
        else
        {
            Write(connection, stamp, index, texts!, dictionary, similarities!, medians!, seconds);
        }

        // The speech tables are described like every other (docs/schema.md).
        SchemaDescriptions.Apply(connection);
    }

    /// <summary>The speeches <paramref name="database"/> holds; null when none or when it cannot be read.</summary>
    public static long? CountIn(string database)
    {
        try
        {
            using var db = ConcordDatabase.OpenReadOnly(database);
            using var cmd = db.Command("SELECT count(*) FROM speeches");
            var n = Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            return n > 0 ? n : null;
        }
        catch (Exception e) when (e is DuckDBException or InvalidOperationException or IOException)
        {
            return null;
        }
    }

    /// <summary>The speeches of each year in id order, years ascending: the order <paramref name="similarities"/> (one
    /// upper triangle of cosines per year, computed by the caller from the same grouping) must follow.</summary>
    public static SpeechEntry[][] YearsOf(SpeechIndex index) =>
        index.Speeches.GroupBy(s => s.Year).OrderBy(g => g.Key).Select(g => g.OrderBy(s => s.Id).ToArray()).ToArray();

    internal static void Write(DuckDBConnection connection, CorpusStamp stamp, SpeechIndex index, IReadOnlyList<SpeechText> texts, ConceptDictionary dictionary, double[][] similarities, double[] medians, double seconds)
    {
        Execute(connection, Schema);
        var textOf = texts.ToDictionary(t => t.Entry, t => t.Text, StringComparer.Ordinal);
        using (var a = connection.CreateAppender("speech_corpus"))
        {
            a.CreateRow().AppendValue(stamp.File).AppendValue(stamp.Sha256).AppendValue(stamp.Bytes).AppendValue(stamp.ModifiedUtc)
                .AppendValue(stamp.IndexVersion).AppendValue(stamp.DictionarySha256).AppendValue(index.Speeches.Count)
                .AppendValue(index.Speeches.Sum(s => (long)s.Words)).AppendValue(DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture))
                .AppendValue(seconds).EndRow();
        }

        using (var a = connection.CreateAppender("speeches"))
        using (var k = connection.CreateAppender("speech_concepts"))
        {
            foreach (var s in index.Speeches)
            {
                a.CreateRow().AppendValue(s.Id).AppendValue(s.State).AppendValue(s.Filed).AppendValue((short)s.Session).AppendValue((short)s.Year)
                    .AppendValue(s.Words).AppendValue(s.Kept).AppendValue(stamp.File).AppendValue(s.Entry).EndRow();
                for (var i = 0; i < s.Concepts.Length; i++)
                {
                    if (s.Concepts[i] > 0)
                    {
                        k.CreateRow().AppendValue(s.Id).AppendValue(index.Concepts[i]).AppendValue(s.Concepts[i]).EndRow();
                    }
                }
            }
        }

        // In the same order as speech_vectors below (a state's side by side): a passage question reads one state's texts.
        using (var t = connection.CreateAppender("speech_texts"))
        {
            foreach (var s in index.Speeches.OrderBy(s => s.Filed, StringComparer.Ordinal).ThenBy(s => s.Id))
            {
                t.CreateRow().AppendValue(s.Id).AppendValue(textOf[s.Entry]).EndRow();
            }
        }

        var years = YearsOf(index);
        var speechRows = new List<(SpeechEntry Speech, StoredSpeechRow Row)>(index.Speeches.Count);
        using (var a = connection.CreateAppender("speech_year_vectors"))
        {
            for (var y = 0; y < years.Length; y++)
            {
                var list = years[y];
                speechRows.AddRange(SpeechRows(list, similarities[y], index.Vocabulary.Count));
                var vectors = SpeechVectorCodec.Encode(list.Select(s => (s.Terms, s.Counts)), out var offsets);
                a.CreateRow().AppendValue((short)list[0].Year)
                    .AppendValue(Bytes([.. list.Select(s => s.Id)]))
                    .AppendValue(vectors)
                    .AppendValue(Bytes([.. list.SelectMany(s => s.Concepts)]))
                    .AppendValue(MemoryMarshal.AsBytes(similarities[y].AsSpan()).ToArray())
                    .AppendValue(medians[y])
                    .AppendValue(Bytes(offsets))
                    .AppendValue(TermTotals(list)).EndRow();
            }
        }

        // One state's speeches side by side (by the code the corpus files them under, then year): a pair's or a state's
        // rows then sit in a few of DuckDB's blocks, and a question reads those blocks rather than the whole table.
        using (var a = connection.CreateAppender("speech_vectors"))
        {
            foreach (var (s, row) in speechRows.OrderBy(r => r.Speech.Filed, StringComparer.Ordinal).ThenBy(r => r.Speech.Id))
            {
                a.CreateRow().AppendValue(s.Id)
                    .AppendValue(SpeechVectorCodec.Encode([(row.Terms, row.Counts)], out _))
                    .AppendValue(SpeechVectorCodec.Encode([(row.Terms, row.DocumentFrequencies)], out _))
                    .AppendValue(MemoryMarshal.AsBytes(row.Similarities.AsSpan()).ToArray())
                    .AppendValue(Bytes(row.PairsBelow)).EndRow();
            }
        }

        using (var a = connection.CreateAppender("speech_vocabulary"))
        {
            var v = index.Vocabulary;
            for (var i = 0; i < v.Count; i++)
            {
                a.CreateRow().AppendValue(i).AppendValue(v.Stems[i]).AppendValue(v.Words[i]).AppendValue(v.Totals[i]).EndRow();
            }
        }

        using (var a = connection.CreateAppender("speech_concept_dictionary"))
        {
            foreach (var c in dictionary.Concepts)
            {
                a.CreateRow().AppendValue(c.Code).AppendValue(c.Label).AppendValue(string.Join("|", c.Terms)).AppendValue(c.Note).AppendValue(c.Source).AppendValue(c.Citation).EndRow();
            }
        }
    }

    /// <summary>A year's speeches alone, in id order (<see cref="StoredSpeechRow"/>): vector, document frequencies, row of
    /// cosines (<paramref name="upper"/>: pairs i &lt; j, row by row) and pairs less alike than each.</summary>
    private static IEnumerable<(SpeechEntry Speech, StoredSpeechRow Row)> SpeechRows(SpeechEntry[] list, double[] upper, int vocabularySize)
    {
        var n = list.Length;
        var df = new int[vocabularySize];
        foreach (var s in list)
        {
            foreach (var t in s.Terms)
            {
                df[t]++;
            }
        }

        var sorted = (double[])upper.Clone();
        Array.Sort(sorted);
        for (var i = 0; i < n; i++)
        {
            var s = list[i];
            var row = new double[n];
            var below = new int[n];
            for (var j = 0; j < n; j++)
            {
                if (j == i)
                {
                    // What the year's cosine of a speech with itself is read as: 1, or 0 for a speech with no term.
                    row[j] = s.Terms.Length == 0 ? 0 : 1;
                    continue;
                }

                var (lo, hi) = i < j ? (i, j) : (j, i);
                row[j] = upper[(lo * n) - (lo * (lo + 1) / 2) + (hi - lo - 1)];
                below[j] = CountBelow(sorted, row[j]);
            }

            yield return (s, new StoredSpeechRow(s.Terms, s.Counts, [.. s.Terms.Select(t => df[t])], row, below));
        }
    }

    /// <summary>How many of <paramref name="sorted"/> (ascending) are less than <paramref name="x"/>.</summary>
    private static int CountBelow(double[] sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] < x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Copies the speech tables from the database being replaced (the corpus did not change).</summary>
    internal static void CopyFrom(DuckDBConnection connection, string priorDatabase)
    {
        Execute(connection, Schema);
        Execute(connection, $"ATTACH '{priorDatabase.Replace("'", "''")}' AS prior (READ_ONLY)");
        try
        {
            foreach (var table in Tables)
            {
                Execute(connection, $"INSERT INTO {table} SELECT * FROM prior.{table}");
            }
        }
        finally
        {
            Execute(connection, "DETACH prior");
        }
    }

    /// <summary>Whether the database holds the speech tables (a database synced without the corpus does not).</summary>
    public static bool Has(ConcordDatabase db)
    {
        using var cmd = db.Command("SELECT count(*) FROM information_schema.tables WHERE table_name = 'speech_corpus'");
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>The index as stored: the catalogue and concept counts, and with <paramref name="vectors"/> the term
    /// vectors and vocabulary too (the concept and passage questions need neither); the texts stay on disk, and each
    /// year's stored cosines are read when first asked for (<see cref="Similarities"/>).</summary>
    public static SpeechIndex Load(ConcordDatabase db, bool vectors = true, Func<int, double[]?>? similarities = null)
    {
        var concepts = new List<string>();
        using (var cmd = db.Command("SELECT concept FROM speech_concept_dictionary ORDER BY rowid"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                concepts.Add(r.GetString(0));
            }
        }

        var catalogue = new Dictionary<int, (string State, string Filed, int Session, int Year, int Words, string Entry)>(11_000);
        using (var cmd = db.Command("SELECT speech_id, state, filed, session, year, words, entry FROM speeches"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                catalogue[r.GetInt32(0)] = (r.GetString(1), r.GetString(2), r.GetInt16(3), r.GetInt16(4), r.GetInt32(5), r.GetString(6));
            }
        }

        var speeches = new List<SpeechEntry>(catalogue.Count);
        using (var cmd = db.Command(vectors ? "SELECT speech_ids, concepts, vectors FROM speech_year_vectors ORDER BY year" : "SELECT speech_ids, concepts FROM speech_year_vectors ORDER BY year"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var ids = Ints(r, 0);
                var conceptCounts = Ints(r, 1);
                var decoded = vectors ? SpeechVectorCodec.Decode(Blob(r, 2), ids.Length) : null;
                for (var i = 0; i < ids.Length; i++)
                {
                    var c = catalogue[ids[i]];
                    speeches.Add(new SpeechEntry(ids[i], c.State, c.Filed, c.Session, c.Year, c.Words, c.Entry,
                        decoded?[i].Terms ?? [], decoded?[i].Counts ?? [], conceptCounts[(i * concepts.Count)..((i + 1) * concepts.Count)]));
                }
            }
        }

        if (!vectors)
        {
            return new SpeechIndex(speeches, new Vocabulary([], [], []), concepts) { HasVectors = false };
        }

        return new SpeechIndex(speeches, LoadVocabulary(db), concepts) { StoredSimilarities = similarities };
    }

    /// <summary>The index version the database's speeches were indexed with (<c>speech_corpus.index_version</c>); 0 when
    /// it records none.</summary>
    public static int IndexVersion(ConcordDatabase db)
    {
        using var cmd = db.Command("SELECT max(index_version) FROM speech_corpus");
        return cmd.ExecuteScalar() is { } v and not DBNull ? Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>The stored rows of the years from <paramref name="from"/> to <paramref name="to"/>, in one read (a
    /// query per year cost more than the rows): each year's cosines, term totals and document frequencies, and a decoder
    /// of one speech's vector; a year without a speech is absent.</summary>
    /// <param name="vector">Reads one speech's vector by its id (<see cref="Vectors"/>): a question that ranks by the stored
    /// cosines alone never calls it, and the vectors blob of the year is never read.</param>
    /// <param name="totals">Whether to read the term totals and document frequencies (a question that reads only the
    /// cosines does without them, and the year's terms are then empty).</param>
    public static Dictionary<int, StoredSpeechYear> Years(ConcordDatabase db, int from, int to, Func<int, (int[] Terms, int[] Counts)> vector, bool totals = true)
    {
        var result = new Dictionary<int, StoredSpeechYear>();
        using var cmd = db.Command(totals
            ? "SELECT year, speech_ids, similarities, offsets, median_similarity, term_totals FROM speech_year_vectors WHERE year BETWEEN $1 AND $2"
            : "SELECT year, speech_ids, similarities, offsets, median_similarity FROM speech_year_vectors WHERE year BETWEEN $1 AND $2", (short)from, (short)to);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var ids = Ints(r, 1);
            var similarities = MemoryMarshal.Cast<byte, double>(Blob(r, 2)).ToArray();
            var offsets = Ints(r, 3);
            var empty = new bool[offsets.Length - 1];
            for (var i = 0; i < empty.Length; i++)
            {
                // A speech with no term is its count alone: one byte, 0.
                empty[i] = offsets[i + 1] - offsets[i] == 1;
            }

            var decoded = totals ? SpeechVectorCodec.Decode(Blob(r, 5), 2) : [([], []), ([], [])];
            result[r.GetInt16(0)] = new StoredSpeechYear(similarities, r.GetDouble(4), decoded[0].Terms, decoded[1].Counts, [.. decoded[0].Counts.Select(c => (long)c)], empty,
                i => vector(ids[i]));
        }

        return result;
    }

    /// <summary>The term vectors of the given speeches, by speech id: terms ascending and their counts.</summary>
    public static Dictionary<int, (int[] Terms, int[] Counts)> Vectors(ConcordDatabase db, IEnumerable<int> ids)
    {
        var result = new Dictionary<int, (int[] Terms, int[] Counts)>();
        var list = IdList(ids);
        if (list is null)
        {
            return result;
        }

        using var cmd = db.Command($"SELECT speech_id, vector FROM speech_vectors WHERE {list}");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            result[r.GetInt32(0)] = SpeechVectorCodec.Decode(Blob(r, 1), 1)[0];
        }

        return result;
    }

    /// <summary>The given speeches alone (<see cref="StoredSpeechRow"/>), by speech id.</summary>
    public static Dictionary<int, StoredSpeechRow> SpeechRows(ConcordDatabase db, IEnumerable<int> ids)
    {
        var result = new Dictionary<int, StoredSpeechRow>();
        var list = IdList(ids);
        if (list is null)
        {
            return result;
        }

        using var cmd = db.Command($"SELECT speech_id, vector, document_frequencies, similarities, pairs_below FROM speech_vectors WHERE {list}");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var (terms, counts) = SpeechVectorCodec.Decode(Blob(r, 1), 1)[0];
            result[r.GetInt32(0)] = new StoredSpeechRow(terms, counts, SpeechVectorCodec.Decode(Blob(r, 2), 1)[0].Counts,
                MemoryMarshal.Cast<byte, double>(Blob(r, 3)).ToArray(), Ints(r, 4));
        }

        return result;
    }

    /// <summary>Each year's median cosine of its pairs of speakers.</summary>
    public static Dictionary<int, double> Medians(ConcordDatabase db)
    {
        var result = new Dictionary<int, double>();
        using var cmd = db.Command("SELECT year, median_similarity FROM speech_year_vectors");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            result[r.GetInt16(0)] = r.GetDouble(1);
        }

        return result;
    }

    /// <summary>Each stem's occurrences in the whole corpus, by term id (without the stems themselves).</summary>
    public static long[] VocabularyTotals(ConcordDatabase db)
    {
        var totals = new List<long>(50_000);
        using var cmd = db.Command("SELECT total FROM speech_vocabulary ORDER BY term_id");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            totals.Add(r.GetInt64(0));
        }

        return [.. totals];
    }

    /// <summary>The number of stems in the vocabulary (term ids run from 0 to this, exclusive).</summary>
    public static int VocabularySize(ConcordDatabase db)
    {
        using var cmd = db.Command("SELECT count(*) FROM speech_vocabulary");
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The stem and shown word of the given term ids.</summary>
    public static Dictionary<int, (string Stem, string Word)> Terms(ConcordDatabase db, IEnumerable<int> termIds)
    {
        var result = new Dictionary<int, (string Stem, string Word)>();
        var list = IdList(termIds, "term_id");
        if (list is null)
        {
            return result;
        }

        using var cmd = db.Command($"SELECT term_id, stem, word FROM speech_vocabulary WHERE {list}");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            result[r.GetInt32(0)] = (r.GetString(1), r.GetString(2));
        }

        return result;
    }

    /// <summary>The term id of a stem, or null when the corpus never uses it.</summary>
    public static int? TermOf(ConcordDatabase db, string stem)
    {
        using var cmd = db.Command("SELECT term_id FROM speech_vocabulary WHERE stem = $1", stem);
        return cmd.ExecuteScalar() is { } v and not DBNull ? Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A filter keeping the rows whose <paramref name="column"/> is one of <paramref name="ids"/>, null when
    /// there are none.</summary>
    /// <remarks><c>list_contains</c>, not <c>IN (...)</c>: DuckDB turns a long IN list into a join that reads every row's
    /// other columns (the texts of every speech: seconds), where the list function filters first and fetches only the
    /// rows kept.</remarks>
    private static string? IdList(IEnumerable<int> ids, string column = "speech_id")
    {
        var list = ids.Distinct().ToList();
        return list.Count == 0 ? null : $"list_contains([{string.Join(",", list.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)))}], {column})";
    }

    /// <summary>A year's terms, ascending: first with their occurrences summed over the speeches, then with how many
    /// speeches use each (two entries in <see cref="SpeechVectorCodec"/>'s form).</summary>
    private static byte[] TermTotals(IReadOnlyList<SpeechEntry> speeches)
    {
        var totals = new SortedDictionary<int, (int Count, int Speeches)>();
        foreach (var s in speeches)
        {
            for (var k = 0; k < s.Terms.Length; k++)
            {
                var t = totals.GetValueOrDefault(s.Terms[k]);
                totals[s.Terms[k]] = (checked(t.Count + s.Counts[k]), t.Speeches + 1);
            }
        }

        int[] terms = [.. totals.Keys];
        return SpeechVectorCodec.Encode([(terms, [.. totals.Values.Select(v => v.Count)]), (terms, [.. totals.Values.Select(v => v.Speeches)])], out _);
    }

    private static Vocabulary LoadVocabulary(ConcordDatabase db)
    {
        var (stems, words, totals) = VocabularyArrays(db);
        return new Vocabulary(stems, words, totals);
    }

    /// <summary>Every stem, its shown word and its corpus total, by term id.</summary>
    public static (string[] Stems, string[] Words, long[] Totals) VocabularyArrays(ConcordDatabase db)
    {
        var stems = new List<string>(50_000);
        var words = new List<string>(50_000);
        var totals = new List<long>(50_000);
        using (var cmd = db.Command("SELECT stem, word, total FROM speech_vocabulary ORDER BY term_id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                stems.Add(r.GetString(0));
                words.Add(r.GetString(1));
                totals.Add(r.GetInt64(2));
            }
        }

        return ([.. stems], [.. words], [.. totals]);
    }

    /// <summary>A year's stored cosines (pairs i &lt; j, speeches in id order), or null when the year has none.</summary>
    public static double[]? Similarities(ConcordDatabase db, int year)
    {
        using var cmd = db.Command("SELECT similarities FROM speech_year_vectors WHERE year = $1", (short)year);
        using var r = cmd.ExecuteReader();
        return r.Read() ? MemoryMarshal.Cast<byte, double>(Blob(r, 0)).ToArray() : null;
    }

    /// <summary>The texts of the given speeches, by speech id.</summary>
    public static Dictionary<int, string> Texts(ConcordDatabase db, IEnumerable<int> ids)
    {
        var result = new Dictionary<int, string>();
        var list = IdList(ids);
        if (list is null)
        {
            return result;
        }

        using var cmd = db.Command($"SELECT speech_id, text FROM speech_texts WHERE {list}");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            result[r.GetInt32(0)] = r.GetString(1);
        }

        return result;
    }

    private static byte[] Bytes(int[] values) => MemoryMarshal.AsBytes(values.AsSpan()).ToArray();

    private static int[] Ints(DuckDBDataReader r, int column) => MemoryMarshal.Cast<byte, int>(Blob(r, column)).ToArray();

    private static byte[] Blob(DuckDBDataReader r, int column)
    {
        using var stream = r.GetStream(column);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
