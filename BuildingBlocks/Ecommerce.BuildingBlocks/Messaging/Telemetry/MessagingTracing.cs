using System.Diagnostics;

namespace Ecommerce.BuildingBlocks.Messaging.Telemetry;

/// <summary>
/// The spans of messaging (ActivitySource <c>Ecommerce.Messaging</c>): an outbox row's delivery continues the trace of the
/// unit of work that wrote it, and each consumer's handling continues the delivery's, so one request's trace runs through
/// every event it caused, in process and over Kafka (W3C <c>traceparent</c>).
/// </summary>
public static class MessagingTracing
{
    public const string SourceName = "Ecommerce.Messaging";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>The W3C trace context of the current span, to store with an outbox row.</summary>
    public static string? CurrentTraceParent() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? activity.Id : null;

    /// <summary>A producer span for one outbox row, child of the trace the row was written in.</summary>
    internal static Activity? StartDeliver(string module, IntegrationMessage message)
    {
        // Siblings in one batch: none may become the parent of the next.
        Activity.Current = null;
        var activity = Source.StartActivity($"deliver {ShortName(message.Type)}", ActivityKind.Producer, ParentOf(message));
        activity?.SetTag("messaging.operation.type", "send");
        activity?.SetTag("messaging.message.id", message.MessageId.ToString());
        activity?.SetTag("messaging.destination.name", message.Destination ?? module);
        activity?.SetTag("ecommerce.module", module);
        return activity;
    }

    /// <summary>A consumer span for one consumer handling one message.</summary>
    internal static Activity? StartConsume(string module, string consumer, IntegrationMessage message)
    {
        var activity = Source.StartActivity($"consume {ShortName(message.Type)}", ActivityKind.Consumer, ParentOf(message));
        activity?.SetTag("messaging.operation.type", "process");
        activity?.SetTag("messaging.message.id", message.MessageId.ToString());
        activity?.SetTag("messaging.consumer.group.name", consumer);
        activity?.SetTag("ecommerce.module", module);
        return activity;
    }

    // Remote: the context came with a message, perhaps from another process. A sampler that records nothing still keeps
    // a remote parent's trace id (OpenTelemetry's propagation-only spans), so the consumer's logs carry the trace.
    internal static ActivityContext ParentOf(IntegrationMessage message) =>
        ActivityContext.TryParse(message.TraceParent, null, isRemote: true, out var parent) ? parent : default;

    private static string ShortName(string type) => type[(type.LastIndexOf('.') + 1)..];
}
