using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>DELETE /order/:id: allowed until paid, releasing any stock; refused once paid; others' orders are not found.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.AllAndSplit))]
public sealed class DeleteOrderTests(Transport transport) : ApiFixture(transport)
{
    private const string Deleted = "Order deleted successfully";

    [Test]
    public async Task A_pending_order_is_deleted()
    {
        var customer = await App.NewCustomerAsync();
        var orderId = await App.InsertPendingOrderAsync(customer.Id, await Admin.NewProductAsync(stock: 5));

        await (await customer.DeleteOrderAsync(orderId)).ExpectMessageAsync(Deleted);

        await ExpectGoneAsync(customer, orderId);
    }

    [Test]
    public async Task Deleting_a_confirmed_order_gives_its_stock_back()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 5);
        var orderId = await customer.ConfirmedOrderAsync(product, quantity: 4);
        Assert.That(await Admin.Client.StockOfAsync(product), Is.EqualTo(1));

        await (await customer.DeleteOrderAsync(orderId)).ExpectMessageAsync(Deleted);

        await ExpectGoneAsync(customer, orderId);
        await Admin.WaitForStockAsync(product, 5);
    }

    [Test]
    public async Task A_rejected_order_is_deleted()
    {
        var customer = await App.NewCustomerAsync();
        var orderId = await customer.RejectedOrderAsync(App, Admin);

        await (await customer.DeleteOrderAsync(orderId)).ExpectMessageAsync(Deleted);

        await ExpectGoneAsync(customer, orderId);
    }

    [Test]
    public async Task A_cancelled_order_is_deleted()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 5);
        var orderId = await customer.CancelledOrderAsync(product);
        await Admin.WaitForStockAsync(product, 5);

        await (await customer.DeleteOrderAsync(orderId)).ExpectMessageAsync(Deleted);

        await ExpectGoneAsync(customer, orderId);
        Assert.That(await App.PublishedCountAsync(orderId, "OrderCancelled"), Is.EqualTo(1), "the stock was released by the cancellation only");
    }

    [Test]
    public async Task An_admin_deletes_a_customers_confirmed_order_and_its_stock_comes_back()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 5);
        var orderId = await customer.ConfirmedOrderAsync(product, quantity: 2);

        await (await Admin.DeleteOrderAsync(orderId)).ExpectMessageAsync(Deleted);

        await ExpectGoneAsync(customer, orderId);
        await Admin.WaitForStockAsync(product, 5);
    }

    [TestCase("Paid")]
    [TestCase("Shipped")]
    [TestCase("Delivered")]
    public async Task An_order_once_paid_cannot_be_deleted(string status)
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 5);
        var orderId = status switch
        {
            "Paid" => await customer.PaidOrderAsync(product),
            "Shipped" => await customer.ShippedOrderAsync(Admin, product),
            _ => await customer.DeliveredOrderAsync(Admin, product),
        };

        await (await customer.DeleteOrderAsync(orderId)).ExpectProblemAsync(HttpStatusCode.Conflict, $"Order cannot be deleted in status {status}");
        await (await Admin.DeleteOrderAsync(orderId)).ExpectProblemAsync(HttpStatusCode.Conflict, $"Order cannot be deleted in status {status}");

        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo(status));
    }

    [Test]
    public async Task Another_customers_order_is_not_found_and_stays()
    {
        var owner = await App.NewCustomerAsync();
        var stranger = await App.NewCustomerAsync();
        var orderId = await owner.ConfirmedOrderAsync(await Admin.NewProductAsync(stock: 5));

        await (await stranger.DeleteOrderAsync(orderId)).ExpectProblemAsync(HttpStatusCode.NotFound, "Order not found");

        Assert.That(await owner.StatusOfAsync(orderId), Is.EqualTo("Confirmed"));
    }

    [Test]
    public async Task Deleting_twice_is_not_found_the_second_time()
    {
        var customer = await App.NewCustomerAsync();
        var orderId = await customer.RejectedOrderAsync(App, Admin);
        await (await customer.DeleteOrderAsync(orderId)).ExpectMessageAsync(Deleted);

        await (await customer.DeleteOrderAsync(orderId)).ExpectProblemAsync(HttpStatusCode.NotFound, "Order not found");
    }

    private static async Task ExpectGoneAsync(TestUser customer, int orderId)
    {
        await (await customer.GetOrderAsync(orderId)).ExpectProblemAsync(HttpStatusCode.NotFound, "Order not found");
        Assert.That((await customer.OrdersAsync()).Select(order => order.OrderId()), Does.Not.Contain(orderId));
    }
}
