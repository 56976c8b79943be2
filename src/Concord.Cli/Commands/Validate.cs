namespace Concord.Cli.Commands;

/// <summary>Checks on option values shared by several commands.</summary>
internal static class Validate
{
    public const int FirstYear = 1945;
    public const int LastYear = 2100;

    public static void Years(int? from, int? to)
    {
        if (from is < FirstYear or > LastYear || to is < FirstYear or > LastYear)
        {
            throw new ArgumentException($"Years must be between {FirstYear} and {LastYear}.");
        }

        if (from > to)
        {
            throw new ArgumentException($"--from {from} is after --to {to}.");
        }
    }
}
