using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.BuildingBlocks.Messaging.Outbox;

namespace Ecommerce.BuildingBlocks.Messaging;

/// <summary>
/// The embedded default: hands each outbox row to the consumers in this process. A row counts as
/// delivered once every consumer's own transaction committed (or the consumer dead-lettered it).
/// </summary>
internal sealed class InProcessTransport(IntegrationEventConsumers consumers) : IOutboxTransport
{
    public async Task<OutboxDelivery> DeliverAsync(
        string module, IReadOnlyList<IntegrationMessage> messages, CancellationToken cancellationToken)
    {
        for (var index = 0; index < messages.Count; index++)
        {
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
