using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ecommerce.Bench.Driver;

/// <summary>The table: each scenario's figures, its share of the ceiling measured in the same run, its target.</summary>
internal static class Report
{
    public static int Run(Arguments options)
    {
        var lines = Results.Read(options.Text("results"));
        var ceilings = lines.Where(line => Is(line, "ceiling")).Select(Rps).ToList();
        var ceiling = ceilings.Count == 0 ? double.NaN : ceilings.Average();
        var rows = Target.All
            .Select(target => (target, lines: lines.Where(line => Is(line, target.Scenario)).ToList()))
            .Where(row => row.lines.Count > 0)
            .Select(row => Row.Of(row.target, row.lines, ceiling))
            .ToList();

        foreach (var meta in lines.Where(line => Is(line, "meta")))
        {
            Console.WriteLine(string.Join(", ", meta.Where(pair => !string.Equals(pair.Key, "scenario", StringComparison.Ordinal)).Select(pair => $"{pair.Key}: {pair.Value}")));
        }

        Console.WriteLine();
        Console.WriteLine("| scenario | req/s (2xx) | p50 ms | p99 ms | share of ceiling | non-2xx | CPU µs a request | KB allocated a request | target | holds |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        rows.ForEach(row => Console.WriteLine(row.Markdown()));

        if (options.Optional("json") is { Length: > 0 } json)
        {
            var document = new JsonObject
            {
                ["meta"] = new JsonArray(lines.Where(line => Is(line, "meta")).Select(line => (JsonNode)line.DeepClone()).ToArray()),
                ["ceiling_rps"] = double.IsFinite(ceiling) ? ceiling : null,
                ["rows"] = new JsonArray(rows.Select(row => (JsonNode)row.Json()).ToArray()),
                ["raw"] = new JsonArray(lines.Select(line => (JsonNode)line.DeepClone()).ToArray()),
            };
            File.WriteAllText(json, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }

        return 0;
    }

    private static bool Is(JsonObject line, string scenario) =>
        string.Equals((string?)line["scenario"], scenario, StringComparison.Ordinal);

    private static double Rps(JsonObject line) => (double)line["requests"]! / (double)line["seconds"]!;
}
