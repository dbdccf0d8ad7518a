using Ecommerce.BuildingBlocks.Kafka;
using Ecommerce.Testing;

namespace Ecommerce.Kafka.Tests;

public sealed class RestartTests
{
    [Test]
    public async Task Orders_committed_but_never_produced_before_a_stop_are_produced_after_the_next_start()
    {
        var database = TestDatabase.Create();
        try
        {
            int productId;
            var placed = new List<(string Email, int OrderId)>();
            // First life: no broker at all, so every event stays in the outbox when the host stops.
            await using (var first = new EcommerceApp(OutboxOnKafka.Settings($"127.0.0.1:{TcpForwarder.FreePort()}"), database: database))
            {
                productId = await (await first.AdminAsync()).NewProductAsync(stock: 3);
                for (var i = 0; i < 4; i++)
                {
                    var customer = await first.NewCustomerAsync();
                    placed.Add((customer.Email, await customer.OrderAsync(productId)));
                }

                Assert.That(await first.UnsentOrderEventsAsync(), Is.EqualTo(4));
            }

            using var cluster = new MockKafkaCluster();
            await using var second = new EcommerceApp(OutboxOnKafka.Settings(cluster.BootstrapServers), database: database);
            var statuses = new List<string>();
            foreach (var (email, orderId) in placed)
            {
                var customer = await CustomerAsync(second, email);
                statuses.Add(await customer.DecidedStatusOfAsync(orderId, TimeSpan.FromSeconds(60)));
            }

            Assert.Multiple(async () =>
            {
                Assert.That(statuses.Count(status => string.Equals(status, "Confirmed", StringComparison.Ordinal)), Is.EqualTo(3));
                Assert.That(statuses.Count(status => string.Equals(status, "Rejected", StringComparison.Ordinal)), Is.EqualTo(1));
                Assert.That(await (await second.AdminAsync()).Client.StockOfAsync(productId), Is.Zero);
            });
        }
        finally
        {
            await database.DropAsync();
        }
    }

    private static async Task<TestUser> CustomerAsync(EcommerceApp app, string email)
    {
        var token = await app.LoginAsync(email, Accounts.CustomerPassword);
        return new TestUser(0, "", email, Accounts.CustomerPassword, token, app.WithToken(token));
    }
}
