using System.Text.RegularExpressions;

namespace Ecommerce.EndToEnd.Tests.Deployment;

/// <summary>The keys of the README's "Configuration" table: `Section:Key`, `A:B` / `C` (C in A's section), `Section:*`.</summary>
internal static partial class ConfigurationTable
{
    public static IReadOnlyList<DocumentedKey> Keys()
    {
        var readme = Repository.Read("README.md");
        var table = readme[readme.IndexOf("## Configuration", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        return table.Split('\n')
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .SelectMany(line => Expand(line.Split('|')[1]))
            .ToList();
    }

    private static IEnumerable<DocumentedKey> Expand(string cell)
    {
        var section = "";
        foreach (Match key in Backticked().Matches(cell))
        {
            var name = key.Groups[1].Value;
            if (name.Contains(':', StringComparison.Ordinal))
            {
                section = name[..name.IndexOf(':', StringComparison.Ordinal)];
                yield return new DocumentedKey(name);
            }
            else
            {
                yield return new DocumentedKey($"{section}:{name}");
            }
        }
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();
}

internal sealed record DocumentedKey(string Name)
{
    public bool Matches(string key) => Name.EndsWith(":*", StringComparison.Ordinal)
        ? key.StartsWith(Name[..^1], StringComparison.OrdinalIgnoreCase)
        : key.Equals(Name, StringComparison.OrdinalIgnoreCase);
}
