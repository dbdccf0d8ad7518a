using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Messaging.Outbox;

namespace Ecommerce.Testing.Faults;

/// <summary>The real transport behind a gate: it carries the records <see cref="OutboxFaults"/> let through, and the rest fail.</summary>
internal sealed class FaultyOutboxTransport(IOutboxTransport inner, OutboxFaults faults) : IOutboxTransport
{
    public async Task<OutboxDelivery> DeliverAsync(string module, IReadOnlyList<IntegrationMessage> messages, CancellationToken cancellationToken)
    {
        var allowed = faults.Allow(module, messages.Count);
        if (allowed == messages.Count)
        {
            return await inner.DeliverAsync(module, messages, cancellationToken);
        }

        var delivery = allowed == 0
            ? new OutboxDelivery(0)
            : await inner.DeliverAsync(module, messages.Take(allowed).ToList(), cancellationToken);
        return delivery.Error is not null
            ? delivery
            : new OutboxDelivery(
                delivery.Delivered,
                new InvalidOperationException($"{OutboxFaults.FaultMessage} after {delivery.Delivered} of {messages.Count} records"));
    }
}
