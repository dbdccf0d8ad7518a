using Ecommerce.Testing;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>The whole life of an order: Pending → Confirmed → Paid (checkout, by GET or POST) → Shipped → Delivered.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.AllAndSplit))]
public sealed class OrderLifecycleTests(Transport transport) : ApiFixture(transport)
{
    private const string CheckedOut = "Order checked out successfully";

    [Test]
    public async Task An_order_goes_from_placed_to_delivered_and_checkout_stays_answered_200()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 5, price: 7.5m);
        var orderId = await customer.ConfirmedOrderAsync(product, quantity: 2);

        await (await customer.CheckoutAsync(orderId)).ExpectMessageAsync(CheckedOut);
        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Paid"));
        await (await customer.CheckoutAsync(orderId)).ExpectMessageAsync(CheckedOut);
        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Paid"));

        await (await Admin.ChangeStatusAsync(orderId, "Shipped")).ExpectMessageAsync(OrderFlow.StatusUpdated);
        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Shipped"));
        await (await customer.CheckoutAsync(orderId)).ExpectMessageAsync(CheckedOut);

        await (await Admin.ChangeStatusAsync(orderId, "Delivered")).ExpectMessageAsync(OrderFlow.StatusUpdated);
        await (await customer.CheckoutByPostAsync(orderId)).ExpectMessageAsync(CheckedOut);

        var order = await customer.OrderAsync(orderId);
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(order.GetProperty("status").GetString(), Is.EqualTo("Delivered"));
            Assert.That(order.GetProperty("total").GetDecimal(), Is.EqualTo(15m));
            Assert.That(await App.PublishedCountAsync(orderId, "OrderPaid"), Is.EqualTo(1), "paid once, whatever the repeated checkouts");
            Assert.That(await Admin.Client.StockOfAsync(product), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task Checkout_by_POST_pays_a_confirmed_order()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 5);
        var orderId = await customer.ConfirmedOrderAsync(product);

        await (await customer.CheckoutByPostAsync(orderId)).ExpectMessageAsync(CheckedOut);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Paid"));
            Assert.That(await App.PublishedCountAsync(orderId, "OrderPaid"), Is.EqualTo(1));
        });
    }
}
