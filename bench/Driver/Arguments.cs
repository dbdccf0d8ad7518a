using System.Globalization;

namespace Ecommerce.Bench.Driver;

/// <summary><c>--key value</c> pairs from the command line.</summary>
internal sealed class Arguments(Dictionary<string, string> values)
{
    public static Arguments Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? key = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                key = arg[2..];
                values[key] = "";
            }
            else if (key is not null)
            {
                values[key] = arg;
                key = null;
            }
        }

        return new Arguments(values);
    }

    public string Text(string key) =>
        values.TryGetValue(key, out var value) ? value : throw new ArgumentException($"--{key} is required", nameof(key));

    public string? Optional(string key) => values.GetValueOrDefault(key);

    public int Number(string key) => int.Parse(Text(key), CultureInfo.InvariantCulture);
}
