using Confluent.Kafka;
using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Microsoft.Extensions.Logging;

namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>
/// Produces outbox rows to their events' topic (the publishing module's), or to a dead-letter topic for a forwarded record,
/// with an idempotent producer (acks=all). A batch is produced at once and its acknowledgements awaited in order; only
/// acknowledged rows count. A row the broker refuses for what it is is reported as a permanent failure.
/// </summary>
internal sealed class KafkaOutboxTransport(KafkaProducer producer, ILogger<KafkaOutboxTransport> logger) : IOutboxTransport
{
    public async Task<OutboxDelivery> DeliverAsync(
        string module, IReadOnlyList<IntegrationMessage> messages, CancellationToken cancellationToken)
    {
        var acknowledgements = new List<Task>(messages.Count);
        foreach (var message in messages)
        {
            try
            {
                var topic = message.Destination ?? KafkaTopics.Carrying(message.Type);
                acknowledgements.Add(producer.ProduceAsync(topic, KafkaHeaders.ToRecord(message), cancellationToken));
            }
            catch (Exception error) when (error is InvalidOperationException or KafkaException)
            {
                // No topic for its type, or refused before it left: the rows already handed over still count.
                acknowledgements.Add(Task.FromException(error));
                break;
            }
        }

        for (var index = 0; index < acknowledgements.Count; index++)
        {
            try
            {
                await acknowledgements[index];
            }
            catch (Exception error) when (error is KafkaException or InvalidOperationException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                var permanent = KafkaErrors.IsPermanent(error) || error is InvalidOperationException;
                logger.LogWarning("Kafka did not take {Count} {Module} events ({Kind}): {Reason}",
                    messages.Count - index, module, permanent ? "refused" : "for now", error.Message);
                await Task.WhenAll(acknowledgements.Skip(index + 1).Select(Quietly));
                return new OutboxDelivery(index, error, permanent);
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
        catch (Exception error) when (error is KafkaException or InvalidOperationException or OperationCanceledException)
        {
        }
    }
}
