using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Carts.Tests;

/// <summary>PATCH /cart/:id {qty}: setting a line's quantity, validation, missing lines, the stock rule, path ids.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.AllAndSplit))]
public sealed class UpdateItemTests(Transport transport) : ApiFixture(transport)
{
    [Test]
    public async Task Setting_a_quantity_answers_the_message_and_sets_the_line()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 10);
        await (await customer.AddToCartAsync(product, 2)).ExpectAsync(HttpStatusCode.OK);

        var body = await (await customer.UpdateLineAsync(product, 7)).ExpectAsync(HttpStatusCode.OK);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(body.GetProperty("message").GetString(), Is.EqualTo("Cart updated successfully"));
            Assert.That((await customer.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [product] = 7 }));
        });
    }

    [Test]
    public async Task Lowering_a_quantity_is_allowed()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 10);
        await (await customer.AddToCartAsync(product, 6)).ExpectAsync(HttpStatusCode.OK);

        await (await customer.UpdateLineAsync(product, 1)).ExpectAsync(HttpStatusCode.OK);

        Assert.That((await customer.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [product] = 1 }));
    }

    [TestCase("{\"qty\":0}", "qty")]
    [TestCase("{\"qty\":1001}", "qty")]
    [TestCase("{}", "qty")]
    [TestCase("{\"qty\":\"abc\"}", "qty")]
    [TestCase("{\"qty\":", null)]
    [TestCase("this is not JSON", "body")]
    [TestCase("", null)]
    public async Task An_invalid_quantity_is_a_validation_error_and_changes_nothing(string body, string? field)
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 2000);
        await (await customer.AddToCartAsync(product, 2)).ExpectAsync(HttpStatusCode.OK);
        using var request = CartApi.Json(HttpMethod.Patch, $"/cart/{product}", body);

        await (await customer.Client.SendAsync(request)).ExpectCartValidationErrorAsync(field);

        Assert.That((await customer.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [product] = 2 }));
    }

    [Test]
    public async Task A_product_not_in_the_cart_is_not_found()
    {
        var customer = await App.NewCustomerAsync();
        var inCart = await Admin.NewProductAsync(stock: 10);
        var notInCart = await Admin.NewProductAsync(stock: 10);
        await (await customer.AddToCartAsync(inCart, 1)).ExpectAsync(HttpStatusCode.OK);

        await (await customer.UpdateLineAsync(notInCart, 1)).ExpectProblemAsync(HttpStatusCode.NotFound, "Item not found in cart");

        Assert.That((await customer.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [inCart] = 1 }));
    }

    [Test]
    public async Task More_than_the_stock_is_refused_and_the_line_stays()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 3);
        await (await customer.AddToCartAsync(product, 1)).ExpectAsync(HttpStatusCode.OK);

        await (await customer.UpdateLineAsync(product, 4)).ExpectProblemAsync(HttpStatusCode.Conflict, "Insufficient stock");

        Assert.That((await customer.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [product] = 1 }));
    }

    [TestCase("abc")]
    [TestCase("0")]
    [TestCase("-5")]
    public async Task A_path_id_that_is_not_a_positive_integer_is_a_validation_error(string id)
    {
        var customer = await App.NewCustomerAsync();
        using var request = CartApi.Json(HttpMethod.Patch, $"/cart/{id}", "{\"qty\":1}");

        await (await customer.Client.SendAsync(request)).ExpectCartValidationErrorAsync("id");
    }
}
