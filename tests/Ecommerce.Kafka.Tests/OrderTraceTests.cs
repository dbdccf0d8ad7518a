using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Ecommerce.Testing;

namespace Ecommerce.Kafka.Tests;

/// <summary>One order, one trace: the client's traceparent runs through the request, every event and every consumer.</summary>
public sealed class OrderTraceTests
{
    [TestCase(Transport.InProcess)]
    [TestCase(Transport.Kafka)]
    public async Task The_clients_trace_id_spans_the_whole_order_flow(Transport transport)
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Ecommerce.Messaging" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var app = await TestHost.Pool.GetAsync(transport);
        var admin = await app.AdminAsync();
        var customer = await app.NewCustomerAsync();
        var productId = await admin.NewProductAsync(stock: 5);
        await (await customer.Client.PostAsJsonAsync("/cart", new { productId, quantity = 1 })).ExpectAsync(HttpStatusCode.OK);
        var traceId = ActivityTraceId.CreateRandom();
        var clientSpan = ActivitySpanId.CreateRandom();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/order");
        request.Headers.Add("traceparent", $"00-{traceId}-{clientSpan}-01");
        var orderId = (await (await customer.Client.SendAsync(request)).ExpectAsync(HttpStatusCode.OK)).GetProperty("orderId").GetInt32();

        Assert.That(await customer.DecidedStatusOfAsync(orderId), Is.EqualTo("Confirmed"));
        string[] flow =
        [
            "deliver OrderPlaced", "consume OrderPlaced", "deliver StockReserved", "consume StockReserved",
        ];
        var traced = await Eventually.Until(
            () => Task.FromResult(spans.Where(span => span.TraceId == traceId).ToList()),
            found => flow.All(name => found.Any(span => span.DisplayName == name)),
            "the spans of the order's flow");
        var handled = traced.Single(span => span.Source.Name == "Microsoft.AspNetCore");
        Assert.Multiple(() =>
        {
            Assert.That(handled.ParentSpanId, Is.EqualTo(clientSpan), "the client's traceparent is honoured");
            Assert.That(traced.Count(span => span.DisplayName == "consume OrderPlaced"), Is.EqualTo(2), "the catalog and the cart");
            Assert.That(
                traced.Where(span => span.DisplayName.StartsWith("consume", StringComparison.Ordinal))
                    .Select(span => traced.Any(parent => parent.SpanId == span.ParentSpanId && parent.DisplayName.StartsWith("deliver", StringComparison.Ordinal))),
                Has.All.True,
                "each consumption follows its delivery");
        });
    }
}
