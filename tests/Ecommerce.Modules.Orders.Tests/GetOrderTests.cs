using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>GET /order/:id: the owner and admins read it; for anyone else it does not exist.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.AllAndSplit))]
public sealed class GetOrderTests(Transport transport) : ApiFixture(transport)
{
    [Test]
    public async Task The_owner_reads_the_order()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 5, price: 2.5m);
        var orderId = await customer.ConfirmedOrderAsync(product, quantity: 3);

        var order = await customer.OrderAsync(orderId);

        Assert.Multiple(() =>
        {
            Assert.That(order.PropertyNames(), Is.EqualTo(new[] { "customerId", "items", "orderId", "status", "total" }));
            Assert.That(order.OrderId(), Is.EqualTo(orderId));
            Assert.That(order.GetProperty("customerId").GetInt32(), Is.EqualTo(customer.Id));
            Assert.That(order.GetProperty("status").GetString(), Is.EqualTo("Confirmed"));
            Assert.That(order.GetProperty("items")[0].GetProperty("productId").GetInt32(), Is.EqualTo(product));
            Assert.That(order.GetProperty("items")[0].GetProperty("quantity").GetInt32(), Is.EqualTo(3));
            Assert.That(order.GetProperty("items")[0].GetProperty("unitPrice").GetDecimal(), Is.EqualTo(2.5m));
            Assert.That(order.GetProperty("total").GetDecimal(), Is.EqualTo(7.5m));
        });
    }

    [Test]
    public async Task Another_customers_order_is_not_found_never_forbidden()
    {
        var owner = await App.NewCustomerAsync();
        var stranger = await App.NewCustomerAsync();
        var orderId = await owner.ConfirmedOrderAsync(await Admin.NewProductAsync(stock: 5));

        await (await stranger.GetOrderAsync(orderId)).ExpectProblemAsync(HttpStatusCode.NotFound, "Order not found");
    }

    [Test]
    public async Task An_admin_reads_any_customers_order()
    {
        var customer = await App.NewCustomerAsync();
        var orderId = await customer.ConfirmedOrderAsync(await Admin.NewProductAsync(stock: 5));

        var order = await Admin.OrderAsync(orderId);

        Assert.Multiple(() =>
        {
            Assert.That(order.OrderId(), Is.EqualTo(orderId));
            Assert.That(order.GetProperty("customerId").GetInt32(), Is.EqualTo(customer.Id));
        });
    }

    [Test]
    public async Task An_order_that_does_not_exist_is_not_found()
    {
        var customer = await App.NewCustomerAsync();
        var orderId = await customer.RejectedOrderAsync(App, Admin);
        await (await customer.DeleteOrderAsync(orderId)).ExpectAsync(HttpStatusCode.OK);

        await (await Admin.GetOrderAsync(orderId)).ExpectProblemAsync(HttpStatusCode.NotFound, "Order not found");
    }

    [TestCase("abc")]
    [TestCase("0")]
    [TestCase("-1")]
    public async Task A_path_id_that_is_not_a_positive_integer_is_a_validation_error(string id)
    {
        var customer = await App.NewCustomerAsync();

        await (await customer.Client.GetAsync($"/order/{id}")).ExpectValidationErrorAsync("id");
    }
}
