using System.Globalization;
using System.Net;
using Ecommerce.BuildingBlocks.Kafka;
using Ecommerce.Modules.Carts.Contracts;
using Ecommerce.Testing;
using Ecommerce.Testing.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>
/// A host that dies after an order committed and before its lines left the cart: the next host on the same data takes
/// them out (by the order's OrderPlaced event, or first thing at the customer's next placement), and never twice.
/// </summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.All))]
public sealed class PlacementCrashTests(Transport transport)
{
    [Test]
    public async Task The_next_host_takes_the_lines_of_an_order_committed_before_the_crash_out_of_the_cart()
    {
        await using var run = new CrashRun(transport);
        var (customer, product) = await run.CrashAfterCommitAsync(quantity: 2);

        await using var second = run.NextHost(outboxFaults: null);
        var again = await second.SignInAgainAsync(customer);
        var orders = await again.OrdersAsync();
        Assert.That(orders, Has.Length.EqualTo(1), "the order committed before the crash");

        await again.WaitForEmptyCartAsync();
        Assert.That(await again.DecidedStatusAsync(orders[0].OrderId()), Is.EqualTo("Confirmed"));
        Assert.That(await (await second.AdminAsync()).Client.StockOfAsync(product), Is.EqualTo(8));
    }

    [Test]
    public async Task A_placement_after_the_crash_takes_the_earlier_orders_lines_out_first_and_orders_nothing_twice()
    {
        await using var run = new CrashRun(transport);
        var (customer, product) = await run.CrashAfterCommitAsync(quantity: 2);
        var held = new OutboxFaults("orders");
        held.FailAll(); // The earlier order's event stays in the outbox: only the placement can take its lines out.

        await using var second = run.NextHost(held);
        var again = await second.SignInAgainAsync(customer);
        var admin = await second.AdminAsync();
        var later = await admin.NewProductAsync(stock: 10);

        await (await again.PostOrderAsync()).ExpectProblemAsync(HttpStatusCode.BadRequest, "Cart is empty");
        await again.AddToCartAsync(product, 1);
        await again.AddToCartAsync(later, 1);
        held.Recover();

        var orders = await again.OrdersAsync();
        Assert.That(orders, Has.Length.EqualTo(1));
        var orderId = orders[0].OrderId();
        Assert.That(await again.DecidedStatusAsync(orderId), Is.EqualTo("Confirmed"));
        Assert.That(await admin.Client.StockOfAsync(product), Is.EqualTo(8));
        // The event reaches the cart after the placement took the order's lines out: it takes nothing more.
        var placed = (await second.OutboxAsync("orders")).Single(row => row.Key == orderId.ToString(CultureInfo.InvariantCulture) && row.Type.EndsWith(".OrderPlaced", StringComparison.Ordinal));
        await second.WaitUntilHandledAsync("carts", placed.MessageId);
        Assert.That((await again.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [product] = 1, [later] = 1 }));
    }

    /// <summary>One database (and on Kafka one cluster) for a host that crashes and the host after it.</summary>
    private sealed class CrashRun(Transport transport) : IAsyncDisposable
    {
        private readonly TestDatabase _database = TestDatabase.Create();
        private readonly MockKafkaCluster? _cluster = transport == Transport.Kafka ? new MockKafkaCluster() : null;

        /// <summary>
        /// Places an order of <paramref name="quantity"/> units (of 10 in stock) and kills the host after the order
        /// committed, as the placement asks the carts module to take its lines out; the order's events never left.
        /// </summary>
        public async Task<(TestUser Customer, int ProductId)> CrashAfterCommitAsync(int quantity)
        {
            var requests = new RequestFaults();
            var takeOut = requests.Hold(request => request is TakeOrderedLines);
            var outbox = new OutboxFaults("orders");
            outbox.FailAll();
            var first = NextHost(outbox, services => services.InjectRequestFaults<TakeOrderedLines>(requests));
            var customer = await first.NewCustomerAsync();
            var product = await (await first.AdminAsync()).NewProductAsync(stock: 10);
            await customer.AddToCartAsync(product, quantity);

            var placing = customer.PostOrderAsync();
            await takeOut.Reached.WaitAsync(Eventually.DefaultTimeout);
            await first.DisposeAsync(); // The take-out never happens: the host is gone.
            await IgnoreAsync(placing);
            return (customer, product);
        }

        public EcommerceApp NextHost(OutboxFaults? outboxFaults, Action<IServiceCollection>? more = null)
        {
            var settings = _cluster is null ? new Dictionary<string, string?>() : EcommerceApp.KafkaSettings(_cluster.BootstrapServers);
            settings["Messaging:OutboxMaxBackoff"] = "00:00:01"; // an outbox let go again delivers within a second
            return new EcommerceApp(
                settings,
                services =>
                {
                    if (outboxFaults is not null)
                    {
                        services.InjectOutboxFaults(outboxFaults);
                    }

                    more?.Invoke(services);
                },
                _database);
        }

        public async ValueTask DisposeAsync()
        {
            await _database.DropAsync();
            _cluster?.Dispose();
        }

        private static async Task IgnoreAsync(Task<HttpResponseMessage> request)
        {
            try
            {
                (await request).Dispose();
            }
            catch (Exception)
            {
                // The request died with its host; what the client saw does not matter here.
            }
        }
    }
}
