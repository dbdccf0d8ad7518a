using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Ecommerce.Bench.Driver;

/// <summary>
/// Order → Confirmed: a customer adds a product and places an order; the clock starts when POST /order
/// answers and stops when GET /order/:id first reads Confirmed (polled every millisecond). One order at a time.
/// </summary>
internal static class ConfirmLatency
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    public static async Task<int> RunAsync(Arguments options)
    {
        using var api = new Api(options.Text("url"));
        var tokens = File.ReadAllLines(Path.Combine(options.Text("dir"), "latency-tokens.txt"));
        var products = File.ReadAllLines(Path.Combine(options.Text("dir"), "products.txt")).Select(long.Parse).ToArray();
        var latencies = new List<double>();
        for (var i = 0; i < options.Number("orders"); i++)
        {
            var token = tokens[i % tokens.Length];
            await api.AddToCartAsync(token, products[Random.Shared.Next(products.Length)]);
            var orderId = await api.PlaceOrderAsync(token);
            latencies.Add(await TimeToConfirmedAsync(api, token, orderId));
        }

        latencies.Sort();
        await Results.AppendAsync(options.Text("results"), new JsonObject
        {
            ["scenario"] = options.Text("scenario"),
            ["orders"] = latencies.Count,
            ["p50_ms"] = Results.Percentile(latencies, 50),
            ["p99_ms"] = Results.Percentile(latencies, 99),
            ["max_ms"] = latencies[^1],
        });
        return 0;
    }

    private static async Task<double> TimeToConfirmedAsync(Api api, string token, long orderId)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Deadline)
        {
            var status = await api.OrderStatusAsync(token, orderId);
            if (string.Equals(status, "Confirmed", StringComparison.Ordinal))
            {
                return clock.Elapsed.TotalMilliseconds;
            }

            if (!string.Equals(status, "Pending", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Order {orderId} became {status}");
            }

            await Task.Delay(1);
        }

        throw new TimeoutException($"Order {orderId} was not Confirmed within {Deadline}");
    }
}
