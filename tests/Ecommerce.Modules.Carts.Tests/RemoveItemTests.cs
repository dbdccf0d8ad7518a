using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Carts.Tests;

/// <summary>DELETE /cart/:id: removing a line, and a line that is not there.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.AllAndSplit))]
public sealed class RemoveItemTests(Transport transport) : ApiFixture(transport)
{
    [Test]
    public async Task Removing_a_line_answers_the_message_and_only_that_line_goes()
    {
        var customer = await App.NewCustomerAsync();
        var removed = await Admin.NewProductAsync(stock: 10);
        var kept = await Admin.NewProductAsync(stock: 10);
        await (await customer.AddToCartAsync(removed, 2)).ExpectAsync(HttpStatusCode.OK);
        await (await customer.AddToCartAsync(kept, 3)).ExpectAsync(HttpStatusCode.OK);

        var body = await (await customer.RemoveLineAsync(removed)).ExpectAsync(HttpStatusCode.OK);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(body.GetProperty("message").GetString(), Is.EqualTo("Cart item deleted successfully"));
            Assert.That((await customer.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [kept] = 3 }));
        });
    }

    [Test]
    public async Task Removing_the_same_line_again_is_not_found()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 10);
        await (await customer.AddToCartAsync(product, 1)).ExpectAsync(HttpStatusCode.OK);
        await (await customer.RemoveLineAsync(product)).ExpectAsync(HttpStatusCode.OK);

        await (await customer.RemoveLineAsync(product)).ExpectProblemAsync(HttpStatusCode.NotFound, "Item not found in cart");
    }

    [Test]
    public async Task Removing_from_a_customer_without_a_cart_is_not_found()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 10);

        await (await customer.RemoveLineAsync(product)).ExpectProblemAsync(HttpStatusCode.NotFound, "Item not found in cart");
    }

    [TestCase("abc")]
    [TestCase("0")]
    public async Task A_path_id_that_is_not_a_positive_integer_is_a_validation_error(string id)
    {
        var customer = await App.NewCustomerAsync();

        await (await customer.Client.DeleteAsync($"/cart/{id}")).ExpectCartValidationErrorAsync("id");
    }
}
