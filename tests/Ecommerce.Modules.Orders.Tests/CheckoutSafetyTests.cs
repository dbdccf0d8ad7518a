using System.Net;
using Ecommerce.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>
/// Checkout charges at most once and never for an order that ends Cancelled: double clicks, an impatient cancel or
/// delete while the gateway is charging, a gateway that fails or declines. Each test scripts its own orders' charges.
/// </summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.All))]
public sealed class CheckoutSafetyTests(Transport transport) : DedicatedHostFixture(transport)
{
    private const string InProgress = "Order checkout is in progress";
    private readonly ScriptedPaymentGateway _gateway = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<Domain.IPaymentGateway>(_gateway);

    [Test]
    public async Task Concurrent_checkouts_while_the_gateway_is_slow_charge_once_and_publish_one_OrderPaid()
    {
        var (customer, orderId) = await ConfirmedOrderAsync();
        _gateway.Slow(orderId, TimeSpan.FromMilliseconds(300), times: 10);

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(attempt =>
            attempt % 2 == 0 ? customer.CheckoutAsync(orderId) : customer.CheckoutByPostAsync(orderId)));

        Assert.That(answers.Select(answer => answer.StatusCode), Has.Some.EqualTo(HttpStatusCode.OK));
        foreach (var answer in answers)
        {
            if (answer.StatusCode == HttpStatusCode.OK)
            {
                await answer.ExpectMessageAsync("Order checked out successfully");
            }
            else
            {
                await answer.ExpectProblemAsync(HttpStatusCode.Conflict, InProgress);
            }
        }

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(_gateway.ChargesOf(orderId), Is.EqualTo(1));
            Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Paid"));
            Assert.That(await App.PublishedCountAsync(orderId, "OrderPaid"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Cancelling_or_deleting_while_the_gateway_charges_is_refused_and_the_order_ends_paid_once()
    {
        var (customer, orderId) = await ConfirmedOrderAsync();
        var charge = _gateway.Hold(orderId, out var charging);
        var checkout = customer.CheckoutAsync(orderId);
        await charging.WaitAsync(Eventually.DefaultTimeout);

        await (await customer.ChangeStatusAsync(orderId, "Cancelled")).ExpectProblemAsync(HttpStatusCode.Conflict, InProgress);
        await (await Admin.ChangeStatusAsync(orderId, "Cancelled")).ExpectProblemAsync(HttpStatusCode.Conflict, InProgress);
        await (await customer.DeleteOrderAsync(orderId)).ExpectProblemAsync(HttpStatusCode.Conflict, InProgress);
        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Confirmed"), "a checkout in progress shows as Confirmed");

        charge.SetResult(true);
        await (await checkout).ExpectMessageAsync("Order checked out successfully");
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Paid"));
            Assert.That(_gateway.ChargesOf(orderId), Is.EqualTo(1));
            Assert.That(_gateway.RefundsOf(orderId), Is.Zero);
        });
    }

    [Test]
    public async Task Checkouts_racing_cancels_never_charge_an_order_that_ends_cancelled()
    {
        var orders = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => ConfirmedOrderAsync()));

        await Task.WhenAll(orders.SelectMany(order => new[]
        {
            order.Customer.CheckoutAsync(order.OrderId), order.Customer.ChangeStatusAsync(order.OrderId, "Cancelled"), order.Customer.CheckoutByPostAsync(order.OrderId),
        }));

        await Assert.MultipleAsync(async () =>
        {
            foreach (var (customer, orderId) in orders)
            {
                var status = await customer.StatusOfAsync(orderId);
                Assert.That(status, Is.AnyOf("Paid", "Cancelled"), $"order {orderId}");
                Assert.That(_gateway.ChargesOf(orderId), Is.EqualTo(status == "Paid" ? 1 : 0), $"order {orderId} ended {status}");
                Assert.That(await App.PublishedCountAsync(orderId, "OrderPaid"), Is.EqualTo(status == "Paid" ? 1 : 0), $"order {orderId} ended {status}");
            }
        });
    }

    [Test]
    public async Task A_checkout_after_a_cancellation_charges_nothing()
    {
        var (customer, orderId) = await ConfirmedOrderAsync();
        await (await customer.ChangeStatusAsync(orderId, "Cancelled")).ExpectMessageAsync(OrderFlow.StatusUpdated);

        await (await customer.CheckoutAsync(orderId)).ExpectProblemAsync(HttpStatusCode.Conflict, "Order is not ready for checkout");

        Assert.That(_gateway.ChargesOf(orderId), Is.Zero);
    }

    [Test]
    public async Task A_gateway_that_fails_answers_502_leaves_the_order_confirmed_and_a_retry_pays_it()
    {
        var (customer, orderId) = await ConfirmedOrderAsync();
        _gateway.Fail(orderId);

        await (await customer.CheckoutAsync(orderId)).ExpectProblemAsync(HttpStatusCode.BadGateway, "Payment gateway unavailable");
        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Confirmed"));

        await (await customer.CheckoutAsync(orderId)).ExpectMessageAsync("Order checked out successfully");
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Paid"));
            Assert.That(_gateway.ChargesOf(orderId), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_declined_payment_answers_402_and_the_order_can_still_be_cancelled()
    {
        var (customer, orderId) = await ConfirmedOrderAsync();
        _gateway.Decline(orderId);

        await (await customer.CheckoutAsync(orderId)).ExpectProblemAsync(HttpStatusCode.PaymentRequired, "Payment declined");

        await (await customer.ChangeStatusAsync(orderId, "Cancelled")).ExpectMessageAsync(OrderFlow.StatusUpdated);
        Assert.That(_gateway.ChargesOf(orderId), Is.Zero);
    }

    private async Task<(TestUser Customer, int OrderId)> ConfirmedOrderAsync()
    {
        var customer = await App.NewCustomerAsync();
        return (customer, await customer.ConfirmedOrderAsync(await Admin.NewProductAsync(stock: 5)));
    }
}
