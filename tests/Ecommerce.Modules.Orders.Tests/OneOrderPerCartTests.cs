using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>
/// POST /order takes the cart's lines exactly once: double clicks without an Idempotency-Key place one order, the
/// lines are out of the cart when the answer comes, and units added meanwhile are neither lost nor ordered twice.
/// </summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.AllAndSplit))]
public sealed class OneOrderPerCartTests(Transport transport) : ApiFixture(transport)
{
    [Test]
    public async Task Ten_concurrent_submits_of_one_cart_place_one_order_and_each_answers_it_or_cart_is_empty()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 10);
        await customer.AddToCartAsync(product, 3);

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => customer.PostOrderAsync()));

        var placed = new List<int>();
        foreach (var answer in answers)
        {
            if (answer.StatusCode == HttpStatusCode.OK)
            {
                placed.Add((await answer.ExpectAsync(HttpStatusCode.OK)).OrderId());
            }
            else
            {
                await answer.ExpectProblemAsync(HttpStatusCode.BadRequest, "Cart is empty");
            }
        }

        var orders = await customer.OrdersAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(orders, Has.Length.EqualTo(1), "one order for one cart");
            Assert.That(placed, Is.Not.Empty.And.All.EqualTo(orders[0].OrderId()), "every 200 names that order");
            Assert.That((await customer.CartAsync()).Lines(), Is.Empty, "no waiting: the lines left before the answers");
        });
        Assert.That(await customer.DecidedStatusAsync(orders[0].OrderId()), Is.EqualTo("Confirmed"));
        Assert.That(await Admin.Client.StockOfAsync(product), Is.EqualTo(7));
    }

    [Test]
    public async Task After_a_200_the_cart_holds_none_of_the_ordered_lines_and_a_second_submit_finds_it_empty()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 10);
        await customer.AddToCartAsync(product, 2);

        var order = await customer.PlaceOrderAsync();
        var cart = await customer.CartAsync();
        var again = await customer.PostOrderAsync();

        Assert.That(cart.Lines(), Is.Empty);
        await again.ExpectProblemAsync(HttpStatusCode.BadRequest, "Cart is empty");
        Assert.That((await customer.OrdersAsync()).Select(listed => listed.OrderId()), Is.EqualTo(new[] { order.OrderId() }));
    }

    [Test]
    public async Task Customers_double_submitting_while_adding_order_every_unit_once_or_keep_it_in_the_cart()
    {
        var product = await Admin.NewProductAsync(stock: 1_000);
        var customers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => App.NewCustomerAsync()));
        await Task.WhenAll(customers.Select(customer => customer.AddToCartAsync(product, 1)));

        // Each customer clicks "order" twice and adds one more unit, all at once: 2 units put in each cart.
        await Task.WhenAll(customers.SelectMany(customer => new Task[]
        {
            customer.PostOrderAsync(), customer.PostOrderAsync(), customer.AddToCartAsync(product, 1),
        }));

        var ordered = 0;
        foreach (var customer in customers)
        {
            var units = (await customer.OrdersAsync()).Sum(order => order.GetProperty("items").EnumerateArray().Sum(item => item.GetProperty("quantity").GetInt32()));
            var inCart = (await customer.CartAsync()).Lines().GetValueOrDefault(product);
            Assert.That(units + inCart, Is.EqualTo(2), $"customer {customer.Id}: every unit put in the cart is ordered once or still in the cart");
            ordered += units;
        }

        await Admin.WaitForStockAsync(product, 1_000 - ordered);
    }
}
