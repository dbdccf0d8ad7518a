using Ecommerce.Testing;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>One Idempotency-Key sent many times at once still places one order.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.AllAndSplit))]
public sealed class IdempotencyRaceTests(Transport transport) : ApiFixture(transport)
{
    [Test]
    public async Task Ten_concurrent_requests_with_one_key_place_one_order()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 5);
        await customer.AddToCartAsync(product, 2);
        var key = $"race-{Guid.NewGuid():N}";

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => customer.PlaceOrderAsync(key)));

        var orderIds = answers.Select(answer => answer.OrderId()).Distinct().ToList();
        Assert.That(orderIds, Has.Count.EqualTo(1), "every answer names the same order");
        Assert.That(await customer.DecidedStatusAsync(orderIds[0]), Is.EqualTo("Confirmed"));
        await Assert.MultipleAsync(async () =>
        {
            Assert.That((await customer.OrdersAsync()).Select(order => order.OrderId()), Is.EqualTo(orderIds));
            Assert.That(await Admin.Client.StockOfAsync(product), Is.EqualTo(3));
        });
    }
}
