using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>GET/POST /orders/:id/checkout: only a Confirmed order of the caller's own is paid.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.AllAndSplit))]
public sealed class CheckoutTests(Transport transport) : ApiFixture(transport)
{
    private const string NotReady = "Order is not ready for checkout";

    [Test]
    public async Task A_pending_order_is_not_ready_for_checkout()
    {
        var customer = await App.NewCustomerAsync();
        var orderId = await App.InsertPendingOrderAsync(customer.Id, await Admin.NewProductAsync(stock: 5));

        await (await customer.CheckoutAsync(orderId)).ExpectProblemAsync(HttpStatusCode.Conflict, NotReady);
        await (await customer.CheckoutByPostAsync(orderId)).ExpectProblemAsync(HttpStatusCode.Conflict, NotReady);

        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Pending"));
    }

    [Test]
    public async Task A_rejected_order_is_not_ready_for_checkout()
    {
        var customer = await App.NewCustomerAsync();
        var orderId = await customer.RejectedOrderAsync(App, Admin);

        await (await customer.CheckoutAsync(orderId)).ExpectProblemAsync(HttpStatusCode.Conflict, NotReady);

        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Rejected"));
    }

    [Test]
    public async Task A_cancelled_order_is_not_ready_for_checkout()
    {
        var customer = await App.NewCustomerAsync();
        var orderId = await customer.CancelledOrderAsync(await Admin.NewProductAsync(stock: 5));

        await (await customer.CheckoutAsync(orderId)).ExpectProblemAsync(HttpStatusCode.Conflict, NotReady);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Cancelled"));
            Assert.That(await App.PublishedCountAsync(orderId, "OrderPaid"), Is.Zero);
        });
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Anyone_but_the_owner_gets_not_found_and_pays_nothing(bool asAdmin)
    {
        var owner = await App.NewCustomerAsync();
        var orderId = await owner.ConfirmedOrderAsync(await Admin.NewProductAsync(stock: 5));
        var other = asAdmin ? Admin : await App.NewCustomerAsync();

        await (await other.CheckoutAsync(orderId)).ExpectProblemAsync(HttpStatusCode.NotFound, "Order not found");
        await (await other.CheckoutByPostAsync(orderId)).ExpectProblemAsync(HttpStatusCode.NotFound, "Order not found");

        Assert.That(await owner.StatusOfAsync(orderId), Is.EqualTo("Confirmed"));
    }

    [Test]
    public async Task An_order_that_does_not_exist_is_not_found()
    {
        var customer = await App.NewCustomerAsync();
        var orderId = await customer.ConfirmedOrderAsync(await Admin.NewProductAsync(stock: 5));
        await (await customer.DeleteOrderAsync(orderId)).ExpectAsync(HttpStatusCode.OK);

        await (await customer.CheckoutAsync(orderId)).ExpectProblemAsync(HttpStatusCode.NotFound, "Order not found");
    }
}
