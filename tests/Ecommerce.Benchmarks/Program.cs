using System.Diagnostics;
using System.Globalization;
using Ecommerce.Benchmarks;

// Concurrent write transactions on one SQLite file: each writer runs transactions back to back.
// "unqueued" lets connections race for SQLite's lock (its busy handler sleeps and retries);
// "queued" goes through the unit of work (db.WriteAsync), which queues writers to a file inside the process.
var writers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 32;
var transactionsPerWriter = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 25;
var pause = TimeSpan.FromMilliseconds(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 0);

Console.WriteLine($"{writers} concurrent writers x {transactionsPerWriter} transactions, {pause.TotalMilliseconds} ms between a writer's transactions, one SQLite file (WAL)");
foreach (var queued in new[] { false, true })
{
    await using var bench = await WriteBench.CreateAsync();
    await bench.RunAsync(queued, 2, 5, TimeSpan.Zero); // warm-up
    var clock = Stopwatch.StartNew();
    var latencies = await bench.RunAsync(queued, writers, transactionsPerWriter, pause);
    clock.Stop();
    latencies.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{(queued ? "queued  " : "unqueued")}  p50 {Percentile(latencies, 0.50),7:F1} ms  p95 {Percentile(latencies, 0.95),7:F1} ms  " +
        $"p99 {Percentile(latencies, 0.99),7:F1} ms  max {latencies[^1],7:F1} ms  {latencies.Count / clock.Elapsed.TotalSeconds,7:F0} tx/s"));
}

static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
