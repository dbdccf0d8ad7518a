using System.Net;
using Ecommerce.Modules.Orders.Data;
using Ecommerce.Testing;
using Ecommerce.Testing.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>A busy orders database: a placement retries and succeeds, or answers 503 and changes nothing; never a 500.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.All))]
public sealed class TransientErrorTests(Transport transport) : DedicatedHostFixture(transport)
{
    private readonly DatabaseFaults _faults = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureServices(IServiceCollection services)
    {
        // Whichever provider the host runs on: the other registration is never used.
        services.InjectDatabaseFaults<SqliteOrdersDbContext>(_faults);
        services.InjectDatabaseFaults<SqlServerOrdersDbContext>(_faults);
    }

    [TearDown]
    public void Recover() => _faults.Recover();

    [Test]
    public async Task A_placement_whose_write_meets_a_busy_database_once_is_retried_and_places_one_order()
    {
        var customer = await App.NewCustomerAsync();
        await customer.AddToCartAsync(await Admin.NewProductAsync(stock: 5), 2);
        var failed = _faults.Busy(IsOrderInsert, times: 1);

        var order = await customer.PlaceOrderAsync();

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(failed(), Is.EqualTo(1), "the fault happened");
            Assert.That((await customer.OrdersAsync()).Select(listed => listed.OrderId()), Is.EqualTo(new[] { order.OrderId() }));
            Assert.That((await customer.CartAsync()).Lines(), Is.Empty);
        });
    }

    // Busy: the database stays locked. Key taken: every try loses the race for a unique key to a concurrent writer.
    [TestCase("busy")]
    [TestCase("key taken")]
    public async Task A_placement_whose_write_keeps_failing_answers_503_and_the_cart_keeps_its_lines(string fault)
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 5);
        await customer.AddToCartAsync(product, 2);
        var failed = string.Equals(fault, "busy", StringComparison.Ordinal) ? _faults.Busy(IsOrderInsert) : _faults.KeyTaken(IsOrderInsert);

        var response = await customer.PostOrderAsync();

        await response.ExpectProblemAsync(HttpStatusCode.ServiceUnavailable, "Service temporarily unavailable");
        _faults.Recover();
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(failed(), Is.GreaterThan(1), "the write was tried more than once");
            Assert.That(response.Headers.RetryAfter, Is.Not.Null);
            Assert.That(await customer.OrdersAsync(), Is.Empty);
            Assert.That((await customer.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [product] = 2 }));
        });
    }

    [Test]
    public async Task A_checkout_whose_database_stays_busy_answers_503_and_charges_nothing()
    {
        var customer = await App.NewCustomerAsync();
        var orderId = await customer.ConfirmedOrderAsync(await Admin.NewProductAsync(stock: 5));
        _faults.Busy(sql => sql.Contains("UPDATE", StringComparison.OrdinalIgnoreCase) && sql.Contains("CheckoutClaim", StringComparison.Ordinal));

        await (await customer.CheckoutAsync(orderId)).ExpectProblemAsync(HttpStatusCode.ServiceUnavailable, "Service temporarily unavailable");
        _faults.Recover();

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Confirmed"));
            Assert.That(await App.PublishedCountAsync(orderId, "OrderPaid"), Is.Zero);
        });
        await (await customer.CheckoutAsync(orderId)).ExpectMessageAsync("Order checked out successfully");
    }

    private static bool IsOrderInsert(string sql) =>
        sql.Contains("INSERT INTO", StringComparison.OrdinalIgnoreCase)
        && (sql.Contains("\"Orders\"", StringComparison.Ordinal) || sql.Contains("[Orders]", StringComparison.Ordinal));
}
