using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.BuildingBlocks.Messaging.Outbox;

namespace Ecommerce.BuildingBlocks.Messaging;

/// <summary>
/// The embedded default: hands each outbox row to the consumers in this process. A row counts as
/// delivered once every consumer's own transaction committed (or the consumer dead-lettered it); while a
/// consumer waits for a delayed redelivery, the row and every row behind it wait too, so order holds.
/// A row bound for a broker's topic (a dead-letter copy written under Kafka) has nowhere to go in process.
/// </summary>
internal sealed class InProcessTransport(IntegrationEventConsumers consumers) : IOutboxTransport
{
    public async Task<OutboxDelivery> DeliverAsync(
        string module, IReadOnlyList<IntegrationMessage> messages, CancellationToken cancellationToken)
    {
        for (var index = 0; index < messages.Count; index++)
        {
            if (messages[index].Destination is not null)
            {
                return new OutboxDelivery(index, new InvalidOperationException($"In process there is no {messages[index].Destination} to send to."), Permanent: true);
            }

            try
            {
                await consumers.DeliverAsync(messages[index], module: null, cancellationToken);
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested)
            {
                return new OutboxDelivery(index, error);
            }
        }

        return OutboxDelivery.All(messages.Count);
    }
}
