using System.Globalization;
using System.Text.Json.Nodes;

namespace Ecommerce.Bench.Driver;

/// <summary>
/// One scenario's figures in the table (a scenario measured twice, like the ceiling, is averaged): req/s counts the
/// 2xx answers only, and the non-2xx column says how many others there were. CPU and allocation are per request
/// answered, whatever its status, and include the work the requests set off in the background (an order's events).
/// </summary>
internal sealed record Row(
    Target Target, double? Rps, double? EventsPerSecond, double? P50Ms, double? P99Ms, double? Share, long? Non2xx, double? Megabytes,
    double? CpuMicroseconds, double? AllocatedKilobytes)
{
    public static Row Of(Target target, List<JsonObject> lines, double ceiling)
    {
        double? Mean(string key) => lines.All(line => line[key] is null) ? null : lines.Average(line => (double?)line[key]);
        long? non2xx = lines[0]["non2xx"] is null ? null : lines.Sum(line => (long)line["non2xx"]! + (long)line["socket_errors"]!);
        // Only answered requests count: a 429 or a 400 is cheaper than the work the scenario asks for.
        double? rps = lines[0]["requests"] is null ? null : lines.Average(line =>
            ((double)line["requests"]! - (long)line["non2xx"]! - (long)line["socket_errors"]!) / (double)line["seconds"]!);
        return new Row(
            target, rps, Mean("events_per_second"), Mean("p50_ms"), Mean("p99_ms"), rps / ceiling, non2xx, Mean("mb"),
            PerRequest(lines, "cpu_seconds", 1e6), PerRequest(lines, "allocated_bytes", 1.0 / 1024));
    }

    private static double? PerRequest(List<JsonObject> lines, string key, double scale) =>
        lines.Any(line => line[key] is null || line["requests"] is null) ? null
        : lines.Average(line => (double)line[key]! * scale / (double)line["requests"]!);

    public bool? Holds =>
        Target is { MinShare: null, MaxP99Ms: null, MaxMegabytes: null } ? null
        : (Target.MinShare is not { } share || Share >= share)
          && (Target.MaxP99Ms is not { } p99 || P99Ms <= p99)
          && (Target.MaxMegabytes is not { } megabytes || Megabytes <= megabytes);

    public string Markdown()
    {
        var rate = EventsPerSecond is { } events ? $"{events:0} events/s" : Rps is { } rps ? $"{rps:0}" : Megabytes is { } mb ? $"{mb:0} MB" : "";
        var holds = Holds switch { true => "yes", false => "**no**", null => "" };
        return string.Create(CultureInfo.InvariantCulture,
            $"| {Target.Label} | {rate} | {P50Ms:0.0} | {P99Ms:0.0} | {Share:0.0%} | {Non2xx} | {CpuMicroseconds:0} | {AllocatedKilobytes:0.0} | {Target.Describe()} | {holds} |");
    }

    public JsonObject Json() => new()
    {
        ["scenario"] = Target.Scenario,
        ["rps"] = Finite(Rps),
        ["events_per_second"] = Finite(EventsPerSecond),
        ["p50_ms"] = Finite(P50Ms),
        ["p99_ms"] = Finite(P99Ms),
        ["share"] = Finite(Share),
        ["non2xx"] = Non2xx,
        ["mb"] = Finite(Megabytes),
        ["cpu_us_per_request"] = Finite(CpuMicroseconds),
        ["allocated_kb_per_request"] = Finite(AllocatedKilobytes),
        ["target"] = Target.Describe(),
        ["holds"] = Holds,
    };

    private static double? Finite(double? value) => value is { } number && double.IsFinite(number) ? number : null;
}
