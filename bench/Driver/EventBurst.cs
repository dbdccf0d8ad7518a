using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Ecommerce.Bench.Driver;

/// <summary>
/// Events per second through outbox → transport → inbox: 8 customers place a burst of orders as fast as the
/// API takes them, then the clock runs until every order is Confirmed. Each order is two published events
/// (OrderPlaced, consumed by the catalog and the cart; StockReserved, consumed by the orders module).
/// </summary>
internal static class EventBurst
{
    private const int EventsPerOrder = 2;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    public static async Task<int> RunAsync(Arguments options)
    {
        using var api = new Api(options.Text("url"));
        var tokens = File.ReadAllLines(Path.Combine(options.Text("dir"), "order-tokens.txt"));
        var products = File.ReadAllLines(Path.Combine(options.Text("dir"), "products.txt")).Select(long.Parse).ToArray();
        var perCustomer = Math.Max(options.Number("orders") / tokens.Length, 1);

        var clock = Stopwatch.StartNew();
        var placed = await Task.WhenAll(tokens.Select(async (token, customer) =>
        {
            for (var i = 0; i < perCustomer; i++)
            {
                // A product of its own for each order: the previous order's lines may still be leaving the cart.
                await api.AddToCartAsync(token, products[((customer * perCustomer) + i) % products.Length]);
                await api.PlaceOrderAsync(token);
            }

            return clock.Elapsed;
        }));
        await Task.WhenAll(tokens.Select(token => WaitAllConfirmedAsync(api, token, perCustomer, clock)));
        var seconds = clock.Elapsed.TotalSeconds;

        var orders = perCustomer * tokens.Length;
        await Results.AppendAsync(options.Text("results"), new JsonObject
        {
            ["scenario"] = options.Text("scenario"),
            ["orders"] = orders,
            ["place_seconds"] = placed.Max().TotalSeconds,
            ["seconds"] = seconds,
            ["events_per_second"] = orders * EventsPerOrder / seconds,
        });
        return 0;
    }

    private static async Task WaitAllConfirmedAsync(Api api, string token, int expected, Stopwatch clock)
    {
        while (clock.Elapsed < Deadline)
        {
            var orders = await api.OrdersAsync(token);
            var confirmed = orders.Count(order => string.Equals((string?)order!["status"], "Confirmed", StringComparison.Ordinal));
            if (confirmed >= expected)
            {
                return;
            }

            await Task.Delay(5);
        }

        throw new TimeoutException($"Not every order was Confirmed within {Deadline}");
    }
}
