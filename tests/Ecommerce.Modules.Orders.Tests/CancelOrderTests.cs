using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>PATCH /order/:id to Cancelled: who may, from which status, and the stock coming back.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.AllAndSplit))]
public sealed class CancelOrderTests(Transport transport) : ApiFixture(transport)
{
    [Test]
    public async Task The_owner_cancels_a_pending_order()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 5);
        var orderId = await App.InsertPendingOrderAsync(customer.Id, product);
        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Pending"));

        await (await customer.ChangeStatusAsync(orderId, "Cancelled")).ExpectMessageAsync(OrderFlow.StatusUpdated);

        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Cancelled"));
    }

    [Test]
    public async Task Cancelling_right_after_placing_gives_the_stock_back_and_the_order_stays_cancelled()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 5);
        await customer.AddToCartAsync(product, 2);
        var orderId = (await customer.PlaceOrderAsync()).OrderId();

        // Pending or already Confirmed, whichever the event flow got to: both are the owner's to cancel.
        await (await customer.ChangeStatusAsync(orderId, "Cancelled")).ExpectMessageAsync(OrderFlow.StatusUpdated);

        await customer.WaitForEmptyCartAsync();
        await Admin.WaitForStockAsync(product, 5);
        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Cancelled"));
    }

    [Test]
    public async Task The_owner_cancels_a_confirmed_order_and_the_stock_comes_back()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 5);
        var orderId = await customer.ConfirmedOrderAsync(product, quantity: 3);
        Assert.That(await Admin.Client.StockOfAsync(product), Is.EqualTo(2));

        await (await customer.ChangeStatusAsync(orderId, "Cancelled")).ExpectMessageAsync(OrderFlow.StatusUpdated);

        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Cancelled"));
        await Admin.WaitForStockAsync(product, 5);
    }

    [Test]
    public async Task An_admin_cancels_a_customers_confirmed_order_and_the_stock_comes_back()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 5);
        var orderId = await customer.ConfirmedOrderAsync(product, quantity: 3);

        await (await Admin.ChangeStatusAsync(orderId, "Cancelled")).ExpectMessageAsync(OrderFlow.StatusUpdated);

        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Cancelled"));
        await Admin.WaitForStockAsync(product, 5);
    }

    [Test]
    public async Task An_admin_refunds_a_paid_order_by_cancelling_it_and_the_stock_comes_back()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 5);
        var orderId = await customer.PaidOrderAsync(product, quantity: 2);
        Assert.That(await Admin.Client.StockOfAsync(product), Is.EqualTo(3));

        await (await Admin.ChangeStatusAsync(orderId, "Cancelled")).ExpectMessageAsync(OrderFlow.StatusUpdated);

        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Cancelled"));
        await Admin.WaitForStockAsync(product, 5);
    }

    [Test]
    public async Task Another_customers_order_cannot_be_cancelled_and_is_not_found()
    {
        var owner = await App.NewCustomerAsync();
        var stranger = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 5);
        var orderId = await owner.ConfirmedOrderAsync(product);

        await (await stranger.ChangeStatusAsync(orderId, "Cancelled")).ExpectProblemAsync(HttpStatusCode.NotFound, "Order not found");

        Assert.That(await owner.StatusOfAsync(orderId), Is.EqualTo("Confirmed"));
    }
}
