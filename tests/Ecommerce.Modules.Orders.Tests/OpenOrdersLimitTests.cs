using System.Net;
using Ecommerce.Modules.Orders.Data;
using Ecommerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>No hoarding: a customer holding Orders:MaxOpenOrders (20) Pending or Confirmed orders cannot place another.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.AllAndSplit))]
public sealed class OpenOrdersLimitTests(Transport transport) : ApiFixture(transport)
{
    private const int MaxOpenOrders = 20;

    [Test]
    public async Task The_order_past_the_limit_is_refused_with_409_and_the_cart_keeps_its_lines_until_one_is_closed()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 1_000);
        var open = new List<int>();
        for (var i = 0; i < MaxOpenOrders; i++)
        {
            open.Add(await customer.OrderAsync(product, 1));
        }

        await customer.AddToCartAsync(product, 3);
        await (await customer.PostOrderAsync()).ExpectProblemAsync(HttpStatusCode.Conflict, "Too many open orders");
        Assert.That((await customer.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [product] = 3 }));

        await (await customer.ChangeStatusAsync(open[0], "Cancelled")).ExpectMessageAsync(OrderFlow.StatusUpdated);
        var order = await customer.PlaceOrderAsync();

        Assert.That(order.GetProperty("items")[0].GetProperty("quantity").GetInt32(), Is.EqualTo(3));
        Assert.That(await customer.OrdersAsync(), Has.Length.EqualTo(MaxOpenOrders + 1));
    }

    [Test]
    public async Task Another_customer_is_not_limited_by_someone_elses_orders()
    {
        var hoarder = await App.NewCustomerAsync();
        var other = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 1_000);
        for (var i = 0; i < MaxOpenOrders; i++)
        {
            await hoarder.OrderAsync(product, 1);
        }

        await other.AddToCartAsync(product, 1);

        Assert.That((await other.PlaceOrderAsync()).GetProperty("status").GetString(), Is.EqualTo("Pending"));
    }

    [Test]
    public async Task Counting_a_customers_open_orders_reads_an_index_alone_not_their_whole_history()
    {
        Assume.That(App.Database.SqlServerConnectionString, Is.Null, "SQLite's query planner");
        await using var scope = App.HostOf(OrdersModule.ModuleName).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        // The shape of the placement's count (OrderCreation): the customer and a list of statuses.
        command.CommandText = """
            EXPLAIN QUERY PLAN SELECT COUNT(*) FROM "Orders"
            WHERE "CustomerId" = 1 AND "Status" IN (SELECT "value" FROM json_each('["Pending","Confirmed"]'))
            """;
        await using var plan = await command.ExecuteReaderAsync();
        var steps = new List<string>();
        while (await plan.ReadAsync())
        {
            steps.Add(plan.GetString(3));
        }

        Assert.That(steps, Has.Some.Contains("Orders USING COVERING INDEX IX_Orders_CustomerId_Status"));
    }
}
