using System.Diagnostics;
using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Messaging.Telemetry;

namespace Ecommerce.BuildingBlocks.Tests.Messaging;

/// <summary>The trace context a message carries is read as a remote parent: it may come from another process.</summary>
public sealed class TraceParentTests
{
    [Test]
    public void A_messages_traceparent_is_a_remote_parent_of_the_same_trace()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var message = IntegrationMessage.For(new { }) with { TraceParent = $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01" };

        var parent = MessagingTracing.ParentOf(message);

        Assert.Multiple(() =>
        {
            Assert.That(parent.TraceId, Is.EqualTo(traceId));
            Assert.That(parent.IsRemote, Is.True);
        });
    }
}
