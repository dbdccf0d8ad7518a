using System.Diagnostics;
using Ecommerce.Host.Setup;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Ecommerce.Host.Tests;

/// <summary>
/// Spans are recorded only when something exports them; without an exporter they still carry the trace's ids, for
/// the logs and for the next hop.
/// </summary>
public sealed class TracingSamplerTests
{
    [Test]
    public void Without_an_exporter_spans_keep_their_trace_but_record_nothing()
    {
        var (root, remoteChild, parent) = Spans(otlp: null);

        Assert.Multiple(() =>
        {
            Assert.That(root, Is.Not.Null, "a request's span exists, so its logs carry a trace id");
            Assert.That(root!.Recorded, Is.False);
            Assert.That(remoteChild, Is.Not.Null, "a message's consumer continues the trace it came with");
            Assert.That(remoteChild!.TraceId, Is.EqualTo(parent.TraceId));
            Assert.That(remoteChild.IsAllDataRequested, Is.False);
        });
    }

    [Test]
    public void With_an_exporter_spans_are_recorded()
    {
        var (root, remoteChild, _) = Spans(new Uri("http://127.0.0.1:9/otlp"));

        Assert.Multiple(() =>
        {
            Assert.That(root?.Recorded, Is.True);
            Assert.That(remoteChild?.Recorded, Is.True);
        });
    }

    private static (Activity? Root, Activity? RemoteChild, ActivityContext Parent) Spans(Uri? otlp)
    {
        // A source of this test's own: no other listener in the test process samples it.
        var name = $"TracingSamplerTests.{Guid.NewGuid():N}";
        using var provider = Sdk.CreateTracerProviderBuilder().AddSource(name).AddEcommerceTracing(otlp).Build();
        using var source = new ActivitySource(name);
        var parent = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded, isRemote: true);
        using var root = source.StartActivity("request", ActivityKind.Server, default(ActivityContext));
        root?.Stop();
        using var remoteChild = source.StartActivity("consume", ActivityKind.Consumer, parent);
        return (root, remoteChild, parent);
    }
}
