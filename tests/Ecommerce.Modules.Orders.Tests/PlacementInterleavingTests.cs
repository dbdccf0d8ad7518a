using Ecommerce.Modules.Carts.Contracts;
using Ecommerce.Modules.Catalog.Contracts;
using Ecommerce.Testing;
using Ecommerce.Testing.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>
/// Two placements from one cart, stopped at chosen points so that they interleave the worst way: the second read the
/// cart after a line was added, while it still held the first order's lines, and comes to commit after the first did
/// but before the first took its lines out. The second must not order the first one's lines again.
/// </summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.All))]
public sealed class PlacementInterleavingTests(Transport transport) : DedicatedHostFixture(transport)
{
    private readonly RequestFaults _requests = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.InjectRequestFaults<FindProducts>(_requests);
        services.InjectRequestFaults<TakeOrderedLines>(_requests);
    }

    [Test]
    public async Task A_placement_that_read_the_cart_before_an_earlier_orders_take_out_orders_only_what_was_added()
    {
        var customer = await App.NewCustomerAsync();
        var first = await Admin.NewProductAsync(stock: 10);
        var added = await Admin.NewProductAsync(stock: 10);
        await customer.AddToCartAsync(first, 1);

        // A reads the cart {first}, then waits before pricing it.
        var pricingA = _requests.Hold(request => request is FindProducts find && find.ProductIds.Contains(first));
        var placingA = customer.PostOrderAsync();
        await pricingA.Reached.WaitAsync(Eventually.DefaultTimeout);

        // A line is added; B reads the cart {first, added}, finds no earlier order, and waits before pricing it.
        await customer.AddToCartAsync(added, 1);
        var pricingB = _requests.Hold(request => request is FindProducts find && find.ProductIds.Contains(added));
        var placingB = customer.PostOrderAsync();
        await pricingB.Reached.WaitAsync(Eventually.DefaultTimeout);

        // A commits its order and stops before taking its lines out; then B comes to commit.
        var takeOutA = _requests.Hold(request => request is TakeOrderedLines);
        pricingA.Release();
        await takeOutA.Reached.WaitAsync(Eventually.DefaultTimeout);
        pricingB.Release();
        var answerB = await placingB;
        takeOutA.Release();
        var answerA = await placingA;

        var orderA = await answerA.ExpectAsync(System.Net.HttpStatusCode.OK);
        var orderB = await answerB.ExpectAsync(System.Net.HttpStatusCode.OK);
        var ordered = (await customer.OrdersAsync())
            .SelectMany(order => order.GetProperty("items").EnumerateArray())
            .GroupBy(item => item.GetProperty("productId").GetInt32())
            .ToDictionary(group => group.Key, group => group.Sum(item => item.GetProperty("quantity").GetInt32()));
        Assert.Multiple(async () =>
        {
            Assert.That(orderB.OrderId(), Is.Not.EqualTo(orderA.OrderId()));
            Assert.That(ordered, Is.EqualTo(new Dictionary<int, int> { [first] = 1, [added] = 1 }), "each unit ordered once");
            Assert.That((await customer.CartAsync()).Lines(), Is.Empty);
        });
    }
}
