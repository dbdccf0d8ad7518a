using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Carts.Tests;

/// <summary>A cart is its customer's alone: another customer never sees or changes its lines.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.AllAndSplit))]
public sealed class CartIsolationTests(Transport transport) : ApiFixture(transport)
{
    [Test]
    public async Task Another_customers_lines_never_show_up_in_my_cart()
    {
        var me = await App.NewCustomerAsync();
        var other = await App.NewCustomerAsync();
        var mine = await Admin.NewProductAsync(stock: 10);
        var theirs = await Admin.NewProductAsync(stock: 10);
        await (await me.AddToCartAsync(mine, 1)).ExpectAsync(HttpStatusCode.OK);
        await (await other.AddToCartAsync(theirs, 4)).ExpectAsync(HttpStatusCode.OK);
        await (await other.AddToCartAsync(mine, 2)).ExpectAsync(HttpStatusCode.OK);

        var myCart = await me.CartAsync();
        var theirCart = await other.CartAsync();

        Assert.Multiple(() =>
        {
            Assert.That(myCart.Lines(), Is.EqualTo(new Dictionary<int, int> { [mine] = 1 }));
            Assert.That(myCart.GetProperty("customerId").GetInt32(), Is.EqualTo(me.Id));
            Assert.That(theirCart.Lines(), Is.EqualTo(new Dictionary<int, int> { [theirs] = 4, [mine] = 2 }));
            Assert.That(theirCart.GetProperty("cartId").GetInt32(), Is.Not.EqualTo(myCart.GetProperty("cartId").GetInt32()));
        });
    }

    [Test]
    public async Task I_cannot_change_or_remove_a_line_that_is_only_in_another_customers_cart()
    {
        var me = await App.NewCustomerAsync();
        var other = await App.NewCustomerAsync();
        var mine = await Admin.NewProductAsync(stock: 10);
        var theirs = await Admin.NewProductAsync(stock: 10);
        await (await me.AddToCartAsync(mine, 1)).ExpectAsync(HttpStatusCode.OK);
        await (await other.AddToCartAsync(theirs, 4)).ExpectAsync(HttpStatusCode.OK);

        await (await me.UpdateLineAsync(theirs, 1)).ExpectProblemAsync(HttpStatusCode.NotFound, "Item not found in cart");
        await (await me.RemoveLineAsync(theirs)).ExpectProblemAsync(HttpStatusCode.NotFound, "Item not found in cart");

        await Assert.MultipleAsync(async () =>
        {
            Assert.That((await other.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [theirs] = 4 }));
            Assert.That((await me.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [mine] = 1 }));
        });
    }

    [Test]
    public async Task Changing_my_line_leaves_the_same_product_in_another_cart_alone()
    {
        var product = await Admin.NewProductAsync(stock: 10);
        var before = await App.NewCustomerAsync();
        var me = await App.NewCustomerAsync();
        var after = await App.NewCustomerAsync();
        // My line sits between two other carts' lines of the same product: a change that finds its cart by the
        // product shows, whichever holder it takes, and whatever other carts the host holds.
        await (await before.AddToCartAsync(product, 4)).ExpectAsync(HttpStatusCode.OK);
        await (await me.AddToCartAsync(product, 1)).ExpectAsync(HttpStatusCode.OK);
        await (await after.AddToCartAsync(product, 5)).ExpectAsync(HttpStatusCode.OK);

        await (await me.UpdateLineAsync(product, 2)).ExpectAsync(HttpStatusCode.OK);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That((await me.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [product] = 2 }), "my line changed");
            Assert.That((await before.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [product] = 4 }));
            Assert.That((await after.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [product] = 5 }));
        });

        await (await me.RemoveLineAsync(product)).ExpectAsync(HttpStatusCode.OK);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That((await me.CartAsync()).Lines(), Is.Empty, "my line removed");
            Assert.That((await before.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [product] = 4 }));
            Assert.That((await after.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [product] = 5 }));
        });
    }
}
