using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Carts.Tests;

/// <summary>POST /cart: the answer, adding to a line, validation, unknown products and the stock rule.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.AllAndSplit))]
public sealed class AddItemTests(Transport transport) : ApiFixture(transport)
{
    [Test]
    public async Task Adding_a_product_answers_the_cart_with_its_line()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 10);

        var cart = await (await customer.AddToCartAsync(product, 3)).ExpectAsync(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(cart.PropertyNames(), Is.EqualTo(new[] { "cartId", "customerId", "items" }));
            Assert.That(cart.GetProperty("cartId").GetInt32(), Is.Positive);
            Assert.That(cart.GetProperty("customerId").GetInt32(), Is.EqualTo(customer.Id));
            Assert.That(cart.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
            Assert.That(cart.GetProperty("items")[0].PropertyNames(), Is.EqualTo(new[] { "productId", "quantity" }));
            Assert.That(cart.Lines(), Is.EqualTo(new Dictionary<int, int> { [product] = 3 }));
        });
    }

    [Test]
    public async Task Adding_a_product_already_in_the_cart_adds_to_its_line()
    {
        var customer = await App.NewCustomerAsync();
        var first = await Admin.NewProductAsync(stock: 10);
        var second = await Admin.NewProductAsync(stock: 10);

        var before = await (await customer.AddToCartAsync(first, 2)).ExpectAsync(HttpStatusCode.OK);
        await (await customer.AddToCartAsync(second, 1)).ExpectAsync(HttpStatusCode.OK);
        var after = await (await customer.AddToCartAsync(first, 5)).ExpectAsync(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(after.Lines(), Is.EqualTo(new Dictionary<int, int> { [first] = 7, [second] = 1 }));
            Assert.That(after.GetProperty("cartId").GetInt32(), Is.EqualTo(before.GetProperty("cartId").GetInt32()));
        });
    }

    [TestCase("{\"productId\":PRODUCT,\"quantity\":0}", "quantity")]
    [TestCase("{\"productId\":PRODUCT,\"quantity\":1001}", "quantity")]
    [TestCase("{\"productId\":PRODUCT}", "quantity")]
    [TestCase("{\"productId\":PRODUCT,\"quantity\":\"abc\"}", "quantity")]
    [TestCase("{\"quantity\":1}", "productId")]
    [TestCase("{\"productId\":0,\"quantity\":1}", "productId")]
    [TestCase("{\"productId\":-1,\"quantity\":1}", "productId")]
    [TestCase("{\"productId\":PRODUCT,\"quantity\":", null)]
    [TestCase("this is not JSON", "body")]
    [TestCase("", null)]
    public async Task An_invalid_request_is_a_validation_error_and_changes_nothing(string body, string? field)
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 2000);
        using var request = CartApi.Json(HttpMethod.Post, "/cart", body.Replace("PRODUCT", $"{product}", StringComparison.Ordinal));

        await (await customer.Client.SendAsync(request)).ExpectCartValidationErrorAsync(field);

        Assert.That((await customer.CartAsync()).Lines(), Is.Empty);
    }

    [Test]
    public async Task A_product_that_does_not_exist_is_not_found()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 5);
        await (await Admin.Client.DeleteAsync($"/product/{product}")).ExpectAsync(HttpStatusCode.OK);

        await (await customer.AddToCartAsync(product, 1)).ExpectProblemAsync(HttpStatusCode.NotFound, "Product not found");

        Assert.That((await customer.CartAsync()).Lines(), Is.Empty);
    }

    [Test]
    public async Task More_than_the_stock_is_refused()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 3);

        await (await customer.AddToCartAsync(product, 4)).ExpectProblemAsync(HttpStatusCode.Conflict, "Insufficient stock");

        Assert.That((await customer.CartAsync()).Lines(), Is.Empty);
    }

    [Test]
    public async Task A_second_add_that_takes_the_line_over_the_stock_is_refused_and_the_line_stays()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 3);
        await (await customer.AddToCartAsync(product, 2)).ExpectAsync(HttpStatusCode.OK);

        await (await customer.AddToCartAsync(product, 2)).ExpectProblemAsync(HttpStatusCode.Conflict, "Insufficient stock");

        Assert.That((await customer.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [product] = 2 }));
    }

    [Test]
    public async Task Exactly_the_stock_is_allowed()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 3);
        await (await customer.AddToCartAsync(product, 1)).ExpectAsync(HttpStatusCode.OK);

        var cart = await (await customer.AddToCartAsync(product, 2)).ExpectAsync(HttpStatusCode.OK);

        Assert.That(cart.Lines(), Is.EqualTo(new Dictionary<int, int> { [product] = 3 }));
    }
}
