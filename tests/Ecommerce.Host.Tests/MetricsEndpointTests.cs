using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Host.Tests;

/// <summary>The Prometheus scrape endpoint: on by default with messaging's and the platform's instruments, off on request.</summary>
public sealed class MetricsEndpointTests
{
    [Test]
    public async Task Metrics_are_scraped_at_slash_metrics_with_the_messaging_and_platform_instruments()
    {
        var admin = await TestHost.App.AdminAsync();
        var customer = await TestHost.App.NewCustomerAsync();
        var orderId = await customer.OrderAsync(await admin.NewProductAsync(stock: 1));
        Assert.That(await customer.DecidedStatusOfAsync(orderId), Is.EqualTo("Confirmed"));
        using var client = TestHost.App.Anonymous();

        string[] expected =
        [
            "ecommerce_outbox_pending{", "ecommerce_outbox_oldest_age_seconds{", "ecommerce_dead_letters{",
            "ecommerce_messages_consumed_total{", "ecommerce_messages_delivery_latency_seconds_bucket{",
            "http_server_request_duration_seconds_bucket{", "dotnet_gc_collections_total",
        ];
        var scraped = await Eventually.Until(
            async () => await (await client.GetAsync("/metrics")).Content.ReadAsStringAsync(),
            text => expected.All(text.Contains),
            "every instrument in the scrape");
        Assert.Multiple(() =>
        {
            Assert.That(scraped, Does.Contain("ecommerce_outbox_pending{").And.Contain("module=\"orders\""));
            Assert.That(scraped, Does.Contain("outcome=\"handled\""));
        });
    }

    [Test]
    public async Task The_host_keeps_as_many_tag_combinations_a_metric_as_it_is_told()
    {
        await using var app = new EcommerceApp(new Dictionary<string, string?> { ["Metrics:CardinalityLimit"] = "2" });
        using var client = app.Anonymous();
        foreach (var path in new[] { "/health/live", "/products", "/product/1", "/product/abc", "/cart" })
        {
            await client.GetAsync(path);
        }

        var scraped = await Eventually.Until(
            async () => await (await client.GetAsync("/metrics")).Content.ReadAsStringAsync(),
            text => text.Contains("http_server_request_duration_seconds_count{"),
            "the request duration in the scrape");
        var series = scraped.Split('\n').Where(line => line.StartsWith("http_server_request_duration_seconds_count{", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(series.Count(line => !line.Contains("otel_metric_overflow", StringComparison.Ordinal)), Is.EqualTo(2));
            Assert.That(series.Count(line => line.Contains("otel_metric_overflow=\"true\"", StringComparison.Ordinal)), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task With_prometheus_off_there_is_no_scrape_endpoint()
    {
        await using var app = new EcommerceApp(new Dictionary<string, string?> { ["Metrics:Prometheus"] = "false" });
        using var client = app.Anonymous();

        var response = await client.GetAsync("/metrics");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
