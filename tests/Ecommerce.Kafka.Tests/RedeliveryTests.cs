using System.Net;
using System.Net.Http.Json;
using Ecommerce.BuildingBlocks.Kafka;
using Ecommerce.Testing;

namespace Ecommerce.Kafka.Tests;

public sealed class RedeliveryTests
{
    private static readonly (string Group, string Topic)[] Subscriptions =
    [
        ("ecommerce.catalog", "ecommerce.orders"),
        ("ecommerce.carts", "ecommerce.orders"),
        ("ecommerce.orders", "ecommerce.catalog"),
    ];

    [Test]
    public async Task Every_event_delivered_twice_and_every_group_replayed_from_offset_zero_has_no_second_effect()
    {
        using var cluster = new MockKafkaCluster();
        var probe = new KafkaProbe(cluster.BootstrapServers);
        var database = TestDatabase.Create();
        var settings = OutboxOnKafka.Settings(cluster.BootstrapServers);
        try
        {
            Scenario scenario;
            string settled;
            await using (var first = new EcommerceApp(settings, database: database))
            {
                scenario = await Scenario.PlayAsync(first);
                await CaughtUpAsync(probe);
                settled = await scenario.StateAsync(first);

                foreach (var topic in Subscriptions.Select(subscription => subscription.Topic).Distinct(StringComparer.Ordinal))
                {
                    var count = probe.Count(topic);
                    foreach (var record in probe.ReadAll(topic, records => records.Count >= count))
                    {
                        await probe.ProduceAsync(topic, record.Message); // Same headers, so the same message id.
                    }
                }

                await CaughtUpAsync(probe);
                Assert.That(await scenario.StateAsync(first), Is.EqualTo(settled), "after every event was delivered twice");
            }

            foreach (var (group, topic) in Subscriptions)
            {
                await probe.RewindAsync(group, topic);
            }

            await using var second = new EcommerceApp(settings, database: database);
            second.StartServer();
            await CaughtUpAsync(probe);
            Assert.That(await scenario.StateAsync(second), Is.EqualTo(settled), "after the groups replayed from offset 0");
        }
        finally
        {
            await database.DropAsync();
        }
    }

    private static async Task CaughtUpAsync(KafkaProbe probe)
    {
        foreach (var (group, topic) in Subscriptions)
        {
            await probe.CaughtUpAsync(group, topic);
        }
    }

    /// <summary>
    /// Orders of 1, 1 and 2 units against a stock of 3 (Confirmed, Confirmed, Rejected), the first then
    /// cancelled; afterwards one unit sits in each of the first two carts, so that a second take-out
    /// of an ordered line would show.
    /// </summary>
    private sealed record Scenario(int ProductId, IReadOnlyList<(string Email, int OrderId)> Orders)
    {
        public static async Task<Scenario> PlayAsync(EcommerceApp app)
        {
            var productId = await (await app.AdminAsync()).NewProductAsync(stock: 3);
            var customers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => app.NewCustomerAsync()));
            int[] quantities = [1, 1, 2];
            for (var i = 0; i < customers.Length; i++)
            {
                await (await customers[i].Client.PostAsJsonAsync("/cart", new { productId, quantity = quantities[i] })).ExpectAsync(HttpStatusCode.OK);
            }

            var orders = new List<(string, int)>();
            foreach (var customer in customers)
            {
                var order = await (await customer.Client.PostAsync("/order", null)).ExpectAsync(HttpStatusCode.OK);
                var orderId = order.GetProperty("orderId").GetInt32();
                await customer.DecidedStatusOfAsync(orderId);
                await Eventually.Until(() => customer.Client.GetFromJsonAsync<CartView>("/cart"), cart => cart!.Items.Length == 0, "the ordered line out of the cart");
                orders.Add((customer.Email, orderId));
            }

            await (await customers[0].Client.PatchAsJsonAsync($"/order/{orders[0].Item2}", new { status = "Cancelled" })).ExpectAsync(HttpStatusCode.OK);
            foreach (var customer in customers[..2])
            {
                await Eventually.Until(
                    async () => (await customer.Client.PostAsJsonAsync("/cart", new { productId, quantity = 1 })).StatusCode,
                    status => status == HttpStatusCode.OK,
                    "a unit of the product to put back in the cart");
            }

            return new Scenario(productId, orders);
        }

        /// <summary>Stock, every order's status and every customer's cart, as one comparable line.</summary>
        public async Task<string> StateAsync(EcommerceApp app)
        {
            var parts = new List<string> { $"stock {await (await app.AdminAsync()).Client.StockOfAsync(ProductId)}" };
            foreach (var (email, orderId) in Orders)
            {
                using var customer = app.WithToken(await app.LoginAsync(email, Accounts.CustomerPassword));
                var order = await (await customer.GetAsync($"/order/{orderId}")).ExpectAsync(HttpStatusCode.OK);
                var cart = await (await customer.GetAsync("/cart")).ExpectAsync(HttpStatusCode.OK);
                parts.Add($"order {orderId} {order.GetProperty("status")}, cart {cart.GetProperty("items")}");
            }

            return string.Join("; ", parts);
        }
    }

    private sealed record CartView(object[] Items);
}
