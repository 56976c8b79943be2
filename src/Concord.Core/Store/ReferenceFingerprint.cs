using System.Reflection;
using System.Security.Cryptography;

namespace Concord.Store;

/// <summary>A hash of every reference table built into Concord (states, aliases, issue rules, curated records...).</summary>
/// <remarks>
/// A database is derived from the source files and these tables together; when a new build of Concord changes a
/// table (a corrected alias, a better issue rule) the database is out of date even though its schema is not, and
/// the fingerprint stored at sync time tells so.
/// </remarks>
public static class ReferenceFingerprint
{
    private static readonly Lazy<string> s_current = new(Compute);

    public static string Current => s_current.Value;

    private static string Compute()
    {
        var asm = typeof(ReferenceFingerprint).Assembly;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in asm.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name + "\n"));
            using var stream = asm.GetManifestResourceStream(name)!;
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                hash.AppendData(buffer.AsSpan(0, read));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
