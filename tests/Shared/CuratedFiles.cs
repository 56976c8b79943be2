using nietras.SeparatedValues;

namespace Concord.Tests;

/// <summary>The curated files in the repository (data/curated), read directly so tests do not check a reader with itself.</summary>
public static class CuratedFiles
{
    public static string PathOf(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Concord.slnx")))
            {
                return Path.Combine(dir.FullName, "data", "curated", file);
            }
        }

        throw new DirectoryNotFoundException("Could not find the repository root (Concord.slnx) above " + AppContext.BaseDirectory);
    }

    /// <summary>Exercises with both China and Russia among the participants, counted by the year of their start.</summary>
    public static Dictionary<int, int> ChinaRussiaExercisesByYear()
    {
        var counts = new Dictionary<int, int>();
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(PathOf("events.csv"));
        foreach (var row in reader)
        {
            var participants = row["participants"].ToString().Split(' ');
            if (row["kind"].ToString() == "exercise" && participants.Contains("CHN") && participants.Contains("RUS"))
            {
                var year = int.Parse(row["start"].ToString()[..4], System.Globalization.CultureInfo.InvariantCulture);
                counts[year] = counts.GetValueOrDefault(year) + 1;
            }
        }

        return counts;
    }
}
