using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Ecommerce.Testing;

namespace Ecommerce.Host.Tests;

/// <summary>With <c>OpenTelemetry:Endpoint</c> set, the host sends its telemetry there over OTLP.</summary>
public sealed class OtlpExportTests
{
    [Test]
    public async Task With_an_endpoint_set_traces_are_exported_over_otlp()
    {
        var port = FreePort();
        using var collector = new HttpListener();
        collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        collector.Start();
        var received = new ConcurrentQueue<string>();
        var receiving = ReceiveAsync(collector, received);
        await using var app = new EcommerceApp(new Dictionary<string, string?>
        {
            ["OpenTelemetry:Endpoint"] = $"http://127.0.0.1:{port}/otlp",
            // The standard OTLP variables still apply: HTTP here, so that a plain listener can stand in for a collector.
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        });
        using var client = app.Anonymous();

        await (await client.GetAsync("/products")).ExpectAsync(HttpStatusCode.OK);

        var posts = await Eventually.Until(() => Task.FromResult(received.ToList()), posts => posts.Count > 0, "an OTLP export");
        Assert.That(posts, Has.All.EqualTo("POST /otlp application/x-protobuf"));
        collector.Stop();
        await receiving;
    }

    private static async Task ReceiveAsync(HttpListener collector, ConcurrentQueue<string> received)
    {
        while (collector.IsListening)
        {
            try
            {
                var context = await collector.GetContextAsync();
                received.Enqueue($"{context.Request.HttpMethod} {context.Request.Url!.AbsolutePath} {context.Request.ContentType}");
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
