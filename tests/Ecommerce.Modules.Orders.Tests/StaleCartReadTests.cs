using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Ecommerce.Modules.Carts.Contracts;
using Ecommerce.Modules.Catalog.Contracts;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>
/// A placement that read the cart before an earlier order's lines left it, and writes after that was noted, orders
/// from a fresh read: the lines of the earlier order are not ordered twice. The carts module is faked at its contract,
/// so the interleaving (read, the other order's take-out, write) is exact rather than left to a race.
/// </summary>
public sealed class StaleCartReadTests
{
    private const int Lamp = 11;

    private readonly ConcurrentQueue<CartLines> _reads = new();

    private ModuleAlone _orders = null!;

    [OneTimeSetUp]
    public void Start() => _orders = ModuleAlone.Start("Orders", services => services
        .Fake(new FakeModuleAnswers<GetCartLines, CartLines>(request =>
            _reads.TryDequeue(out var read) ? read : new CartLines(request.CustomerId, Version: 100, Lines: [])))
        .Fake(new FakeModuleAnswers<TakeOrderedLines, OrderedLinesTaken>(request => new OrderedLinesTaken(request.OrderId, CartVersion: 3)))
        .Fake(new FakeModuleAnswers<FindProducts, ProductsFound>(request =>
            new ProductsFound(request.ProductIds.Select(id => new ProductSnapshot(id, "Lamp", 12.5m, Stock: 10)).ToList()))));

    [OneTimeTearDown]
    public async Task Stop() => await _orders.DisposeAsync();

    [Test]
    public async Task A_read_of_the_cart_made_before_the_earlier_order_s_lines_left_is_read_again()
    {
        var customer = _orders.Customer();
        // Version 1 holds one lamp and is ordered. A second lamp is added (version 2), and the second placement reads
        // that before the first order's lamp is taken out (version 3, one lamp).
        _reads.Enqueue(new CartLines(customer.Id, Version: 1, Lines: [new CartLine(Lamp, 1)]));
        var first = await (await customer.Client.PostAsync("/order", null)).ExpectAsync(HttpStatusCode.OK);
        _reads.Enqueue(new CartLines(customer.Id, Version: 2, Lines: [new CartLine(Lamp, 2)]));
        _reads.Enqueue(new CartLines(customer.Id, Version: 3, Lines: [new CartLine(Lamp, 1)]));

        var second = await (await customer.Client.PostAsync("/order", null)).ExpectAsync(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(second.OrderId(), Is.Not.EqualTo(first.OrderId()));
            Assert.That(LampsIn(second), Is.EqualTo(1), "the lamp the first order took is not ordered again");
            Assert.That(_reads, Is.Empty, "the read made before the take-out was followed by a fresh one");
        });
    }

    private static int LampsIn(JsonElement order) =>
        order.GetProperty("items").EnumerateArray().Where(item => item.GetProperty("productId").GetInt32() == Lamp)
            .Sum(item => item.GetProperty("quantity").GetInt32());
}
