using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>PATCH /order/:id against the contract's status table: 403 for the wrong role, 409 for no such move, 400 for no such status.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.AllAndSplit))]
public sealed class StatusTableTests(Transport transport) : ApiFixture(transport)
{
    [TestCase("Shipped")]
    [TestCase("Cancelled")]
    public async Task A_customer_may_not_make_the_admin_moves_of_a_paid_order(string target)
    {
        var customer = await App.NewCustomerAsync();
        var orderId = await customer.PaidOrderAsync(await Admin.NewProductAsync(stock: 5));

        await (await customer.ChangeStatusAsync(orderId, target)).ExpectProblemAsync(HttpStatusCode.Forbidden, "Forbidden");

        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Paid"));
    }

    [Test]
    public async Task Only_an_admin_delivers_a_shipped_order()
    {
        var customer = await App.NewCustomerAsync();
        var orderId = await customer.ShippedOrderAsync(Admin, await Admin.NewProductAsync(stock: 5));

        await (await customer.ChangeStatusAsync(orderId, "Delivered")).ExpectProblemAsync(HttpStatusCode.Forbidden, "Forbidden");
        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Shipped"));

        await (await Admin.ChangeStatusAsync(orderId, "Delivered")).ExpectMessageAsync(OrderFlow.StatusUpdated);
        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Delivered"));
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Confirmed_to_Shipped_is_no_move_for_anyone(bool byAdmin)
    {
        var customer = await App.NewCustomerAsync();
        var orderId = await customer.ConfirmedOrderAsync(await Admin.NewProductAsync(stock: 5));
        var asker = byAdmin ? Admin : customer;

        await (await asker.ChangeStatusAsync(orderId, "Shipped"))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "Cannot change order status from Confirmed to Shipped");

        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Confirmed"));
    }

    [TestCase("Paid", false)]
    [TestCase("Paid", true)]
    [TestCase("Confirmed", false)]
    [TestCase("Confirmed", true)]
    [TestCase("Rejected", false)]
    [TestCase("Rejected", true)]
    public async Task The_statuses_only_checkout_and_the_system_set_are_no_move_for_anyone(string target, bool byAdmin)
    {
        var customer = await App.NewCustomerAsync();
        var orderId = await customer.ConfirmedOrderAsync(await Admin.NewProductAsync(stock: 5));
        var asker = byAdmin ? Admin : customer;

        await (await asker.ChangeStatusAsync(orderId, target))
            .ExpectProblemAsync(HttpStatusCode.Conflict, $"Cannot change order status from Confirmed to {target}");

        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Confirmed"));
    }

    [Test]
    public async Task A_pending_order_cannot_be_asked_to_be_confirmed()
    {
        var customer = await App.NewCustomerAsync();
        var orderId = await App.InsertPendingOrderAsync(customer.Id, await Admin.NewProductAsync(stock: 5));

        await (await Admin.ChangeStatusAsync(orderId, "Confirmed"))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "Cannot change order status from Pending to Confirmed");

        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Pending"));
    }

    [Test]
    public async Task A_paid_order_is_shipped_before_it_is_delivered()
    {
        var customer = await App.NewCustomerAsync();
        var orderId = await customer.PaidOrderAsync(await Admin.NewProductAsync(stock: 5));

        await (await Admin.ChangeStatusAsync(orderId, "Delivered"))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "Cannot change order status from Paid to Delivered");

        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Paid"));
    }

    [Test]
    public async Task A_rejected_order_cannot_be_cancelled()
    {
        var customer = await App.NewCustomerAsync();
        var orderId = await customer.RejectedOrderAsync(App, Admin);

        await (await customer.ChangeStatusAsync(orderId, "Cancelled"))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "Cannot change order status from Rejected to Cancelled");
    }

    [Test]
    public async Task A_cancelled_order_cannot_be_cancelled_again()
    {
        var customer = await App.NewCustomerAsync();
        var orderId = await customer.CancelledOrderAsync(await Admin.NewProductAsync(stock: 5));

        await (await Admin.ChangeStatusAsync(orderId, "Cancelled"))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "Cannot change order status from Cancelled to Cancelled");
    }

    [TestCase("Bogus")]
    [TestCase("")]
    [TestCase(null)]
    public async Task An_unknown_status_is_a_validation_error(string? status)
    {
        var customer = await App.NewCustomerAsync();
        var orderId = await customer.ConfirmedOrderAsync(await Admin.NewProductAsync(stock: 5));

        await (await customer.ChangeStatusAsync(orderId, status!)).ExpectValidationErrorAsync("status");

        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Confirmed"));
    }

    [Test]
    public async Task An_order_that_does_not_exist_is_not_found()
    {
        var customer = await App.NewCustomerAsync();
        var orderId = await customer.CancelledOrderAsync(await Admin.NewProductAsync(stock: 5));
        await (await customer.DeleteOrderAsync(orderId)).ExpectAsync(HttpStatusCode.OK);

        await (await Admin.ChangeStatusAsync(orderId, "Cancelled")).ExpectProblemAsync(HttpStatusCode.NotFound, "Order not found");
    }
}
