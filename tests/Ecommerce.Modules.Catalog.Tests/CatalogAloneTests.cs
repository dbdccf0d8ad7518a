using System.Globalization;
using System.Net;
using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.Modules.Orders.Contracts;
using Ecommerce.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Catalog.Tests;

/// <summary>The catalog module hosted alone: it asks no one; the orders module is faked by the OrderPlaced event it would send.</summary>
public sealed class CatalogAloneTests
{
    private ModuleAlone _catalog = null!;

    [OneTimeSetUp]
    public void Start() => _catalog = ModuleAlone.Start("Catalog", _ => { });

    [OneTimeTearDown]
    public async Task Stop() => await _catalog.DisposeAsync();

    [Test]
    public async Task An_order_placed_elsewhere_reserves_stock_and_the_catalog_answers_StockReserved()
    {
        var product = await _catalog.Admin().NewProductAsync(stock: 5);
        const int orderId = 424242;
        var placed = new OrderPlaced(orderId, CustomerId: 1, Lines: [new OrderLine(product, 3)]);

        var deadLettered = await _catalog.App.Services.GetRequiredService<IntegrationEventConsumers>().DeliverAsync(
            IntegrationMessage.For(placed, orderId.ToString(CultureInfo.InvariantCulture)), module: null, CancellationToken.None);

        var outbox = await _catalog.App.OutboxAsync("catalog");
        Assert.Multiple(async () =>
        {
            Assert.That(deadLettered, Is.Empty);
            Assert.That(await _catalog.App.Anonymous().StockOfAsync(product), Is.EqualTo(2));
            Assert.That(outbox.Where(row => row.Key == orderId.ToString(CultureInfo.InvariantCulture)).Select(row => row.Type),
                Has.One.EndsWith(".StockReserved"));
        });
    }

    [Test]
    public async Task Only_the_catalog_s_routes_are_served_here()
    {
        using var anonymous = _catalog.App.Anonymous();

        await (await anonymous.GetAsync("/products")).ExpectAsync(HttpStatusCode.OK);
        await (await anonymous.PostAsync("/login", null)).ExpectProblemAsync(HttpStatusCode.ServiceUnavailable, "Service temporarily unavailable");
    }
}
