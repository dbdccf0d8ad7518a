using System.Globalization;
using System.Net;
using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.Modules.Carts.Contracts;
using Ecommerce.Modules.Catalog.Contracts;
using Ecommerce.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>
/// The orders module hosted alone: the carts module faked at its contract (GetCartLines, TakeOrderedLines), the catalog at
/// its (FindProducts, and its StockReserved event delivered as the catalog would send it).
/// </summary>
public sealed class OrdersAloneTests
{
    private const int Lamp = 11;

    private readonly FakeModuleAnswers<GetCartLines, CartLines> _carts = new(request =>
        new CartLines(CartId: request.CustomerId, Version: 1, Lines: [new CartLine(Lamp, 2)]));

    private readonly FakeModuleAnswers<TakeOrderedLines, OrderedLinesTaken> _takeOut = new(request => new OrderedLinesTaken(request.OrderId, CartVersion: 2));

    private readonly FakeModuleAnswers<FindProducts, ProductsFound> _catalog = new(request =>
        new ProductsFound(request.ProductIds.Select(id => new ProductSnapshot(id, "Lamp", 12.5m, Stock: 10)).ToList()));

    private ModuleAlone _orders = null!;

    [OneTimeSetUp]
    public void Start() => _orders = ModuleAlone.Start("Orders", services => services.Fake(_carts).Fake(_takeOut).Fake(_catalog));

    [OneTimeTearDown]
    public async Task Stop() => await _orders.DisposeAsync();

    [Test]
    public async Task An_order_is_placed_from_the_cart_at_the_catalog_s_prices_and_its_lines_taken_out()
    {
        var customer = _orders.Customer();

        var order = await (await customer.Client.PostAsync("/order", null)).ExpectAsync(HttpStatusCode.OK);

        var orderId = order.GetProperty("orderId").GetInt32();
        var placed = await _orders.App.OutboxAsync("orders");
        Assert.Multiple(() =>
        {
            Assert.That(order.GetProperty("status").GetString(), Is.EqualTo("Pending"));
            Assert.That(order.GetProperty("total").GetDecimal(), Is.EqualTo(25m));
            Assert.That(_takeOut.Asked.Where(asked => asked.OrderId == orderId).Select(asked => asked.Lines), Has.One.EqualTo(new[] { new CartLine(Lamp, 2) }));
            Assert.That(placed.Count(row => row.Key == orderId.ToString(CultureInfo.InvariantCulture) && row.Type.EndsWith(".OrderPlaced", StringComparison.Ordinal)), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task The_catalog_s_StockReserved_confirms_the_order()
    {
        var customer = _orders.Customer();
        var order = await (await customer.Client.PostAsync("/order", null)).ExpectAsync(HttpStatusCode.OK);
        var orderId = order.GetProperty("orderId").GetInt32();

        var deadLettered = await _orders.App.Services.GetRequiredService<IntegrationEventConsumers>().DeliverAsync(
            IntegrationMessage.For(new StockReserved(orderId), orderId.ToString(CultureInfo.InvariantCulture)), module: null, CancellationToken.None);

        Assert.That(deadLettered, Is.Empty);
        Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Confirmed"));
    }
}
