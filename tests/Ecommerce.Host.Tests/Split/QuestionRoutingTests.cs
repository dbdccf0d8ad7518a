using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Host.Tests.Split;

/// <summary>
/// A question stays in process when its owner runs in the asker's host and crosses to the owner's host only when it does
/// not: with the catalog apart, placing an order asks the carts module in process and the catalog over HTTP.
/// </summary>
public sealed class QuestionRoutingTests
{
    private readonly RequestRecorder _arrivedAtFrontDoor = new();
    private readonly RequestRecorder _arrivedAtCatalogHost = new();
    private SplitDeployment _split = null!;

    [OneTimeSetUp]
    public void Start() => _split = SplitDeployment.Start(
        ["Catalog"],
        configureApart: services => services.RecordRequests(_arrivedAtCatalogHost),
        configureFrontDoor: services => services.RecordRequests(_arrivedAtFrontDoor));

    [OneTimeTearDown]
    public async Task Stop() => await _split.DisposeAsync();

    [Test]
    public async Task Placing_an_order_asks_the_carts_module_in_process_and_the_catalog_over_http()
    {
        var product = await (await _split.FrontDoor.AdminAsync()).NewProductAsync(stock: 2);
        var customer = await _split.FrontDoor.NewCustomerAsync();

        var orderId = await customer.OrderAsync(product);

        var internalAtFrontDoor = _arrivedAtFrontDoor.Requests.Where(seen => seen.Path.StartsWith("/internal/", StringComparison.Ordinal));
        var internalAtCatalog = _arrivedAtCatalogHost.Requests.Where(seen => seen.Path.StartsWith("/internal/", StringComparison.Ordinal)).Select(seen => seen.Path);
        Assert.Multiple(() =>
        {
            Assert.That(orderId, Is.Positive);
            Assert.That(internalAtFrontDoor, Is.Empty, "GetCartLines and TakeOrderedLines stay in process");
            Assert.That(internalAtCatalog, Has.Some.EqualTo("/internal/catalog/FindProducts/ProductsFound"));
        });
        await (await customer.Client.GetAsync($"/order/{orderId}")).ExpectAsync(HttpStatusCode.OK);
    }
}
