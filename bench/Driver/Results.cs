using System.Text.Json.Nodes;

namespace Ecommerce.Bench.Driver;

/// <summary>The run's figures: one JSON object a line, appended by wrk's scripts, bench/run and the driver.</summary>
internal static class Results
{
    public static Task AppendAsync(string file, JsonObject line) =>
        File.AppendAllTextAsync(file, line.ToJsonString() + Environment.NewLine);

    public static List<JsonObject> Read(string file) =>
        File.ReadAllLines(file)
            .Where(line => line.StartsWith('{'))
            .Select(line => (JsonObject)JsonNode.Parse(line)!)
            .ToList();

    public static double Percentile(IReadOnlyList<double> sorted, double percent) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
