using System.Security.Cryptography;
using System.Text;
using Concord.Domain;
using Concord.Store;

namespace Concord.Store;

/// <summary>The fit of the default model kept in the database's <c>ideal_points</c> table, where the sync writes it.</summary>
/// <remarks>
/// A query never writes the database (a writer's lock would fail a concurrent query), so the sync fits once per build,
/// and reuses the previous build's fit when what the fit reads is unchanged: the fingerprint of its input (the Assembly's
/// vote matrix and columns, the titles that find recurring resolutions, the reference positions and the model) is kept
/// in <c>meta</c> as <c>ideal_points_input</c>.
/// </remarks>
public static class IdealPointTable
{
    public const string InputKey = "ideal_points_input";

    /// <summary>The stored fit when it was made under <paramref name="model"/> (the model text up to its scale), else null.</summary>
    public static IdealPointSet? Read(ConcordDatabase db, string model)
    {
        var points = new List<IdealPoint>();
        string? stored = null;
        DateTime fitted = default;
        using var cmd = db.Command("SELECT state, year, position, lower, upper, votes, fitted_at, model FROM ideal_points ORDER BY state, year");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            stored ??= r.GetString(7);
            fitted = r.GetDateTime(6);
            points.Add(new IdealPoint(r.GetString(0), r.GetInt16(1), r.GetDouble(2), r.GetDouble(3), r.GetDouble(4), r.GetInt32(5)));
        }

        return stored is not null && stored.StartsWith(model + ";", StringComparison.Ordinal)
            ? new IdealPointSet(points, stored, DateTime.SpecifyKind(fitted, DateTimeKind.Utc))
            : null;
    }

    /// <summary>Fills the (empty) table of a database the sync is building, and records the fingerprint of the fit's input.</summary>
    internal static void Write(ConcordDatabase building, IdealPointSet set, string input)
    {
        using (var a = building.Connection.CreateAppender("ideal_points"))
        {
            foreach (var p in set.Points)
            {
                a.CreateRow().AppendValue(p.State).AppendValue((short)p.Year).AppendValue(p.Position).AppendValue(p.Lower).AppendValue(p.Upper)
                    .AppendValue(p.Votes).AppendValue(set.FittedAtUtc).AppendValue(set.Model).EndRow();
            }
        }

        using (var cmd = building.Command("INSERT INTO meta VALUES ($1, $2)", InputKey, input))
        {
            cmd.ExecuteNonQuery();
        }

        using var checkpoint = building.Command("CHECKPOINT");
        checkpoint.ExecuteNonQuery();
    }

    /// <summary>Whether the database holds Assembly votes to fit.</summary>
    public static bool HasVotes(ConcordDatabase db)
    {
        using var cmd = db.Command("SELECT count(*) FROM vote_matrix WHERE forum = $1 AND merged AND octet_length(votes) > 0", Forum.GeneralAssembly.Code());
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>The SHA-256 of everything the fit of <paramref name="model"/> reads: equal fingerprints, equal fits.</summary>
    public static string InputFingerprint(ConcordDatabase db, string model)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Text(string s) => hash.AppendData(Encoding.UTF8.GetBytes(s + "\n"));
        Text(model);
        foreach (var sql in new[]
        {
            "SELECT states, votes FROM vote_matrix WHERE forum = 'ga' AND merged",
            "SELECT columns FROM vote_matrix_columns WHERE forum = 'ga'",
            "SELECT decision_id, title FROM decisions WHERE forum = 'ga' AND recorded_vote AND title IS NOT NULL ORDER BY decision_id",
            "SELECT state, year, ideal_point FROM ideal_points_reference ORDER BY state, year, cow",
        })
        {
            using var cmd = db.Command(sql);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                for (var i = 0; i < r.FieldCount; i++)
                {
                    var v = r.GetValue(i);
                    if (v is Stream s)
                    {
                        using var ms = new MemoryStream();
                        s.CopyTo(ms);
                        hash.AppendData(ms.ToArray());
                        Text("");
                    }
                    else if (v is byte[] bytes)
                    {
                        hash.AppendData(bytes);
                        Text("");
                    }
                    else
                    {
                        Text(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "");
                    }
                }
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
