using Confluent.Kafka;
using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Microsoft.Extensions.Logging;

namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>
/// Produces outbox rows to their events' topic (the publishing module's) with an idempotent producer (acks=all). A
/// batch is produced at once and its acknowledgements awaited in order; only acknowledged rows count.
/// </summary>
internal sealed class KafkaOutboxTransport(KafkaProducer producer, ILogger<KafkaOutboxTransport> logger) : IOutboxTransport
{
    public async Task<OutboxDelivery> DeliverAsync(
        string module, IReadOnlyList<IntegrationMessage> messages, CancellationToken cancellationToken)
    {
        var acknowledgements = messages
            .Select(message => producer.ProduceAsync(KafkaTopics.Carrying(message.Type), KafkaHeaders.ToRecord(message), cancellationToken))
            .ToList();

        for (var index = 0; index < acknowledgements.Count; index++)
        {
            try
            {
                await acknowledgements[index];
            }
            catch (Exception error) when (error is KafkaException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("Kafka did not take {Count} {Module} events: {Reason}", messages.Count - index, module, error.Message);
                await Task.WhenAll(acknowledgements.Skip(index + 1).Select(Quietly));
                return new OutboxDelivery(index, error);
            }
        }

        return OutboxDelivery.All(messages.Count);
    }

    // The rows after a failed one are produced again later, in order; their outcome now does not matter.
    private static async Task Quietly(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception error) when (error is KafkaException or OperationCanceledException)
        {
        }
    }
}
