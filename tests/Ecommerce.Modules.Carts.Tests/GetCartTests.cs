using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Carts.Tests;

/// <summary>GET /cart: a new customer's empty cart, created on first use, whose id stays.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.AllAndSplit))]
public sealed class GetCartTests(Transport transport) : ApiFixture(transport)
{
    [Test]
    public async Task A_new_customer_gets_an_empty_cart_with_a_real_id()
    {
        var customer = await App.NewCustomerAsync();

        var cart = await customer.CartAsync();

        Assert.Multiple(() =>
        {
            Assert.That(cart.PropertyNames(), Is.EqualTo(new[] { "cartId", "customerId", "items" }));
            Assert.That(cart.GetProperty("cartId").GetInt32(), Is.Positive);
            Assert.That(cart.GetProperty("customerId").GetInt32(), Is.EqualTo(customer.Id));
            Assert.That(cart.GetProperty("items").GetArrayLength(), Is.Zero);
        });
    }

    [Test]
    public async Task The_cart_id_stays_the_same_on_later_calls_and_after_adding()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 5);

        var first = (await customer.CartAsync()).GetProperty("cartId").GetInt32();
        var second = (await customer.CartAsync()).GetProperty("cartId").GetInt32();
        var added = (await (await customer.AddToCartAsync(product, 1)).ExpectAsync(HttpStatusCode.OK)).GetProperty("cartId").GetInt32();
        var third = await customer.CartAsync();

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(added, Is.EqualTo(first));
            Assert.That(third.GetProperty("cartId").GetInt32(), Is.EqualTo(first));
            Assert.That(third.Lines(), Is.EqualTo(new Dictionary<int, int> { [product] = 1 }));
        });
    }

    [Test]
    public async Task Two_customers_have_two_carts()
    {
        var one = await App.NewCustomerAsync();
        var other = await App.NewCustomerAsync();

        var first = (await one.CartAsync()).GetProperty("cartId").GetInt32();
        var second = (await other.CartAsync()).GetProperty("cartId").GetInt32();

        Assert.That(second, Is.Not.EqualTo(first));
    }
}
