using System.Net;
using Ecommerce.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>
/// No hoarding: a Confirmed order unpaid after Orders:PaymentTimeout is cancelled by the system and its stock released,
/// like a customer's cancellation; a paid order, and one being paid right then, are left alone.
/// </summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.All))]
public sealed class PaymentTimeoutTests(Transport transport) : DedicatedHostFixture(transport)
{
    private readonly ScriptedPaymentGateway _gateway = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Orders:PaymentTimeout"] = "00:00:03",
        ["Orders:SweepInterval"] = "00:00:00.200",
    };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<Domain.IPaymentGateway>(_gateway);

    [Test]
    public async Task A_confirmed_order_left_unpaid_is_cancelled_and_its_stock_comes_back()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 10);
        var orderId = await customer.ConfirmedOrderAsync(product, quantity: 4);
        Assert.That(await Admin.Client.StockOfAsync(product), Is.EqualTo(6));

        await WaitUntilCancelledAsync(customer, orderId);

        await Admin.WaitForStockAsync(product, 10);
        await (await customer.CheckoutAsync(orderId)).ExpectProblemAsync(HttpStatusCode.Conflict, "Order is not ready for checkout");
        Assert.That(await App.PublishedCountAsync(orderId, "OrderCancelled"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_paid_order_is_not_cancelled_when_its_payment_time_is_over()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 10);
        var paid = await customer.PaidOrderAsync(product, quantity: 2);

        await WaitUntilCancelledAsync(customer, await customer.ConfirmedOrderAsync(product)); // a later order's time ran out

        Assert.That(await customer.StatusOfAsync(paid), Is.EqualTo("Paid"));
    }

    [Test]
    public async Task An_order_being_paid_when_its_time_runs_out_is_not_cancelled_and_ends_paid()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 10);
        var orderId = await customer.ConfirmedOrderAsync(product, quantity: 2);
        var charge = _gateway.Hold(orderId, out var charging);
        var checkout = customer.CheckoutAsync(orderId);
        await charging.WaitAsync(Eventually.DefaultTimeout);

        await WaitUntilCancelledAsync(customer, await customer.ConfirmedOrderAsync(product)); // a later order's time ran out
        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Confirmed"), "not cancelled while charging");

        charge.SetResult(true);
        await (await checkout).ExpectMessageAsync("Order checked out successfully");
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Paid"));
            Assert.That(_gateway.ChargesOf(orderId), Is.EqualTo(1));
            Assert.That(await App.PublishedCountAsync(orderId, "OrderCancelled"), Is.Zero);
        });
    }

    private static Task WaitUntilCancelledAsync(TestUser customer, int orderId) =>
        Eventually.Until(() => customer.StatusOfAsync(orderId), status => status == "Cancelled", $"unpaid order {orderId} to be cancelled");
}
