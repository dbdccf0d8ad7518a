using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Messaging.Outbox;

namespace Ecommerce.Testing.Faults;

/// <summary>The real transport behind a gate: it carries the records <see cref="OutboxFaults"/> let through, and the rest fail (or are refused for good).</summary>
internal sealed class FaultyOutboxTransport(IOutboxTransport inner, OutboxFaults faults) : IOutboxTransport
{
    public async Task<OutboxDelivery> DeliverAsync(string module, IReadOnlyList<IntegrationMessage> messages, CancellationToken cancellationToken)
    {
        var accepted = faults.AcceptedPrefix(module, messages);
        if (accepted < messages.Count)
        {
            var before = accepted == 0 ? new OutboxDelivery(0) : await DeliverAsync(module, messages.Take(accepted).ToList(), cancellationToken);
            return before.Error is not null
                ? before
                : new OutboxDelivery(before.Delivered, new InvalidOperationException($"{OutboxFaults.RefusedMessage}: {messages[accepted].MessageId}"), Permanent: true);
        }

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
