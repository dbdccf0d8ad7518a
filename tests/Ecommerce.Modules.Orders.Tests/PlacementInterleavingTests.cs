using System.Net;
using Ecommerce.Modules.Carts.Contracts;
using Ecommerce.Modules.Catalog.Contracts;
using Ecommerce.Modules.Orders.Data;
using Ecommerce.Testing;
using Ecommerce.Testing.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>
/// Placements from one cart, stopped at chosen points so that they interleave the worst way. The second read the cart
/// after a line was added, while it still held the first order's lines, and comes to commit after the first did but
/// before the first took its lines out: it must not order the first one's lines again. And a placement overtaken twice
/// by orders not yet taken out: taking such an order's lines out is part of a round, not a round of its own, so it still
/// orders what is left within its rounds (it used to run out of them and answer 503). And a placement that read the cart as
/// a concurrent one ordered it, and learns of that order once its lines are out: that order is its answer, found
/// without pricing the cart again or writing.
/// </summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.All))]
public sealed class PlacementInterleavingTests(Transport transport) : DedicatedHostFixture(transport)
{
    private readonly RequestFaults _requests = new();
    private readonly DatabaseFaults _database = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.InjectRequestFaults<FindProducts>(_requests);
        services.InjectRequestFaults<TakeOrderedLines>(_requests);
        services.InjectDatabaseFaults<SqliteOrdersDbContext>(_database);
        services.InjectDatabaseFaults<SqlServerOrdersDbContext>(_database);
    }

    [TearDown]
    public void Recover() => _database.Recover();

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

        var orderA = await answerA.ExpectAsync(HttpStatusCode.OK);
        var orderB = await answerB.ExpectAsync(HttpStatusCode.OK);
        var ordered = await customer.OrderedUnitsAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(orderB.OrderId(), Is.Not.EqualTo(orderA.OrderId()));
            Assert.That(ordered, Is.EqualTo(new Dictionary<int, int> { [first] = 1, [added] = 1 }), "each unit ordered once");
            Assert.That((await customer.CartAsync()).Lines(), Is.Empty);
        });
    }

    [Test]
    public async Task A_placement_overtaken_twice_by_orders_not_yet_taken_out_orders_what_is_left()
    {
        var customer = await App.NewCustomerAsync();
        var products = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            products.Add(await Admin.NewProductAsync(stock: 10));
        }

        await customer.AddToCartAsync(products[0], 1);
        var firstPricing = _requests.Hold(request => IsPricingOf(request, products[0]));
        var placing = customer.PostOrderAsync();
        await firstPricing.Reached.WaitAsync(Eventually.DefaultTimeout);

        // Overtaken: an order of the cart as it is now, stopped before its lines leave it, and a line added after it.
        var first = await OvertakeAsync(customer, products[1], products[2]);
        var secondPricing = _requests.Hold(request => IsPricingOf(request, products[2]));
        firstPricing.Release();
        await secondPricing.Reached.WaitAsync(Eventually.DefaultTimeout);

        // Overtaken again, in the round after the first order's lines were taken out.
        var second = await OvertakeAsync(customer, products[3], products[4]);
        secondPricing.Release();
        var answer = await placing;
        first.TakeOut.Release();
        second.TakeOut.Release();

        var order = await answer.ExpectAsync(HttpStatusCode.OK);
        await (await first.Placing).ExpectAsync(HttpStatusCode.OK);
        await (await second.Placing).ExpectAsync(HttpStatusCode.OK);
        var ordered = await customer.OrderedUnitsAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(order.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("productId").GetInt32()), Is.EqualTo(new[] { products[4] }));
            Assert.That(ordered, Is.EqualTo(products.ToDictionary(product => product, _ => 1)), "each unit ordered once");
            Assert.That((await customer.CartAsync()).Lines(), Is.Empty);
        });
    }

    [Test]
    public async Task A_placement_of_content_a_concurrent_order_took_out_answers_that_order_without_pricing_it_again()
    {
        var customer = await App.NewCustomerAsync();
        await customer.AddToCartAsync(await Admin.NewProductAsync(stock: 10), 1);

        // B has read the cart and stops before it asks whether an order of the cart is on record.
        var lookUpB = _database.Hold(sql => sql.Contains("OrderedCarts", StringComparison.Ordinal) && sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase));
        var placingB = customer.PostOrderAsync();
        await lookUpB.Reached.WaitAsync(Eventually.DefaultTimeout);

        // A orders the same content, and its lines leave the cart; then B goes on.
        var orderA = await customer.PlaceOrderAsync();
        var pricingB = _requests.Hold(request => request is FindProducts);
        lookUpB.Release();
        var pricedAgain = await Task.WhenAny(placingB, pricingB.Reached).WaitAsync(Eventually.DefaultTimeout) != placingB;
        pricingB.Release();

        var orderB = await (await placingB).ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(async () =>
        {
            Assert.That(pricedAgain, Is.False, "B asked the catalog for the prices of content already ordered");
            Assert.That(orderB.OrderId(), Is.EqualTo(orderA.OrderId()));
            Assert.That((await customer.OrdersAsync()).Select(listed => listed.OrderId()), Is.EqualTo(new[] { orderA.OrderId() }));
        });
    }

    /// <summary>
    /// Adds <paramref name="ordered"/> and places an order of the cart, stopped before its lines leave the cart; then adds
    /// <paramref name="left"/>, which that order does not hold.
    /// </summary>
    private async Task<(Task<HttpResponseMessage> Placing, HeldRequest TakeOut)> OvertakeAsync(TestUser customer, int ordered, int left)
    {
        await customer.AddToCartAsync(ordered, 1);
        var takeOut = _requests.Hold(request => request is TakeOrderedLines);
        var placing = customer.PostOrderAsync();
        await takeOut.Reached.WaitAsync(Eventually.DefaultTimeout);
        await customer.AddToCartAsync(left, 1);
        return (placing, takeOut);
    }

    private static bool IsPricingOf(object request, int onlyProduct) =>
        request is FindProducts find && find.ProductIds.SequenceEqual([onlyProduct]);
}
