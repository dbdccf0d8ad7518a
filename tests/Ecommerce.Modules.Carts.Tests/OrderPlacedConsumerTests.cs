using System.Globalization;
using System.Net;
using System.Text.Json;
using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.Modules.Carts.Contracts;
using Ecommerce.Modules.Orders.Contracts;
using Ecommerce.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Carts.Tests;

/// <summary>The carts module's OrderPlaced consumer takes what was ordered out of the cart, once per message.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.All))]
public sealed class OrderPlacedConsumerTests(Transport transport) : ApiFixture(transport)
{
    [Test]
    public async Task The_same_OrderPlaced_delivered_twice_takes_the_ordered_quantity_out_once()
    {
        var customer = await App.NewCustomerAsync();
        var ordered = await Admin.NewProductAsync(stock: 10);
        var untouched = await Admin.NewProductAsync(stock: 10);
        await (await customer.AddToCartAsync(ordered, 5)).ExpectAsync(HttpStatusCode.OK);
        await (await customer.AddToCartAsync(untouched, 1)).ExpectAsync(HttpStatusCode.OK);
        var message = OrderPlacedFor(customer.Id, new OrderLine(ordered, 2));

        await DeliverAsync(message);
        await DeliverAsync(message);

        Assert.That((await customer.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [ordered] = 3, [untouched] = 1 }));
    }

    [Test]
    public async Task Two_different_OrderPlaced_messages_each_take_their_quantity_out()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 10);
        await (await customer.AddToCartAsync(product, 5)).ExpectAsync(HttpStatusCode.OK);

        await DeliverAsync(OrderPlacedFor(customer.Id, new OrderLine(product, 2)));
        await DeliverAsync(OrderPlacedFor(customer.Id, new OrderLine(product, 2)));

        Assert.That((await customer.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [product] = 1 }));
    }

    [Test]
    public async Task A_line_ordered_whole_leaves_the_cart()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 10);
        await (await customer.AddToCartAsync(product, 2)).ExpectAsync(HttpStatusCode.OK);
        var message = OrderPlacedFor(customer.Id, new OrderLine(product, 2));

        await DeliverAsync(message);
        await DeliverAsync(message);

        Assert.That((await customer.CartAsync()).Lines(), Is.Empty);
    }

    [Test]
    public async Task An_order_taken_out_on_request_and_then_by_its_event_leaves_the_cart_once()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 10);
        await (await customer.AddToCartAsync(product, 5)).ExpectAsync(HttpStatusCode.OK);
        var message = OrderPlacedFor(customer.Id, new OrderLine(product, 2));
        var orderId = JsonSerializer.Deserialize<OrderPlaced>(message.Payload, JsonSerializerOptions.Web)!.OrderId;

        await TakeOutAsync(customer.Id, orderId, product, 2);
        await TakeOutAsync(customer.Id, orderId, product, 2);
        await DeliverAsync(message);

        Assert.That((await customer.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [product] = 3 }));
    }

    [Test]
    public async Task Concurrent_requests_and_events_for_one_order_take_its_lines_out_once()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 10);
        await (await customer.AddToCartAsync(product, 5)).ExpectAsync(HttpStatusCode.OK);
        var message = OrderPlacedFor(customer.Id, new OrderLine(product, 2));
        var orderId = JsonSerializer.Deserialize<OrderPlaced>(message.Payload, JsonSerializerOptions.Web)!.OrderId;

        await Task.WhenAll(
            TakeOutAsync(customer.Id, orderId, product, 2),
            DeliverAsync(message),
            TakeOutAsync(customer.Id, orderId, product, 2));

        Assert.That((await customer.CartAsync()).Lines(), Is.EqualTo(new Dictionary<int, int> { [product] = 3 }));
    }

    [Test]
    public async Task Taking_an_order_s_lines_out_answers_the_cart_s_version_without_them_and_asking_again_the_same()
    {
        var customer = await App.NewCustomerAsync();
        var product = await Admin.NewProductAsync(stock: 10);
        await (await customer.AddToCartAsync(product, 5)).ExpectAsync(HttpStatusCode.OK);
        var orderId = 1_000_000 + Random.Shared.Next(1_000_000_000);
        var before = await ReadLinesAsync(customer.Id);

        var taken = await TakeOutAsync(customer.Id, orderId, product, 2);
        var after = await ReadLinesAsync(customer.Id);
        var again = await TakeOutAsync(customer.Id, orderId, product, 2);

        Assert.Multiple(() =>
        {
            Assert.That(after.Lines, Is.EqualTo(new[] { new CartLine(product, 3) }));
            Assert.That(taken.CartVersion, Is.GreaterThan(before.Version).And.EqualTo(after.Version));
            Assert.That(again.CartVersion, Is.EqualTo(after.Version));
        });
    }

    private async Task<OrderedLinesTaken> TakeOutAsync(int customerId, int orderId, int productId, int quantity)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var client = scope.ServiceProvider.GetRequiredService<IRequestClient<TakeOrderedLines>>();
        var answer = await client.GetResponse<OrderedLinesTaken>(new TakeOrderedLines(customerId, orderId, [new CartLine(productId, quantity)]));
        Assert.That(answer.Message.OrderId, Is.EqualTo(orderId));
        return answer.Message;
    }

    private async Task<CartLines> ReadLinesAsync(int customerId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var client = scope.ServiceProvider.GetRequiredService<IRequestClient<GetCartLines>>();
        return (await client.GetResponse<CartLines>(new GetCartLines(customerId))).Message;
    }

    /// <summary>An order id no real order of the test host can have.</summary>
    private static IntegrationMessage OrderPlacedFor(int customerId, params OrderLine[] lines)
    {
        var orderId = 1_000_000 + Random.Shared.Next(1_000_000_000);
        return IntegrationMessage.For(new OrderPlaced(orderId, customerId, lines), orderId.ToString(CultureInfo.InvariantCulture));
    }

    private async Task DeliverAsync(IntegrationMessage message)
    {
        var deadLettered = await App.Services.GetRequiredService<IntegrationEventConsumers>().DeliverAsync(message, module: "carts", CancellationToken.None);
        Assert.That(deadLettered, Is.Empty);
    }
}
