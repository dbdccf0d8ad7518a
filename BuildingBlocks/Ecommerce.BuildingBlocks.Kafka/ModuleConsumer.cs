using System.Diagnostics;
using Confluent.Kafka;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Microsoft.Extensions.Logging;

namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>
/// One module's Kafka consumer (group <c>ecommerce.&lt;module&gt;</c>): each record goes through the
/// module's inbox and MassTransit consumers, and its offset is stored only after that committed. A
/// record the consumers keep failing on is forwarded to <c>&lt;topic&gt;.dlt</c> and the partition moves on.
/// </summary>
internal sealed class ModuleConsumer(
    string module,
    IReadOnlyList<string> topics,
    KafkaConnection connection,
    DeadLetterForwarder deadLetters,
    KafkaTopicInitializer topicInitializer,
    IntegrationEventConsumers consumers,
    ILogger logger)
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromSeconds(1);
    // Elapsed time, not the time of day: pacing retries must not stop when a test holds a fake clock still.
    private long? _lastResubscribe;

    /// <summary>Runs until <paramref name="stopping"/> fires; blocking, so it gets a thread of its own.</summary>
    public void Run(CancellationToken stopping)
    {
        using var consumer = new ConsumerBuilder<string, byte[]>(connection.ConsumerConfig(module))
            .SetLogHandler((_, log) => logger.LogDebug("librdkafka {Module} consumer: {Message}", module, log.Message))
            .SetErrorHandler((_, error) => logger.LogDebug("Kafka {Module} consumer: {Reason}", module, error.Reason))
            .SetPartitionsRevokedHandler((revoking, partitions) => CommitHandled(revoking, partitions.Count))
            .Build();
        consumer.Subscribe(topics);
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                if (Next(consumer, stopping) is { } record)
                {
                    Handle(consumer, record, stopping);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        finally
        {
            // Commits the stored offsets and leaves the group, so that its partitions move on at once.
            consumer.Close();
        }
    }

    // Runs between two records (inside Consume), so every stored offset belongs to a committed inbox transaction.
    private void CommitHandled(IConsumer<string, byte[]> consumer, int partitions)
    {
        try
        {
            consumer.Commit();
            logger.LogInformation("Kafka {Module} consumer committed what it handled and hands back {Partitions} partitions", module, partitions);
        }
        catch (KafkaException exception)
        {
            // Nothing stored since the last commit, or the group already moved on: the inbox absorbs a redelivery.
            logger.LogDebug("Kafka {Module} consumer had nothing to commit on rebalance: {Reason}", module, exception.Error.Reason);
        }
    }

    private ConsumeResult<string, byte[]>? Next(IConsumer<string, byte[]> consumer, CancellationToken stopping)
    {
        try
        {
            return consumer.Consume(stopping);
        }
        catch (ConsumeException exception) when (!exception.Error.IsFatal)
        {
            if (exception.Error.Code == ErrorCode.UnknownTopicOrPart && (_lastResubscribe is not { } last || Stopwatch.GetElapsedTime(last) > RetryPause))
            {
                // A topic that did not exist when we subscribed is not picked up by itself soon; make it and ask again.
                _lastResubscribe = Stopwatch.GetTimestamp();
                topicInitializer.EnsureTopicsAsync(topics).GetAwaiter().GetResult();
                consumer.Subscribe(topics);
            }

            return null;
        }
    }

    private void Handle(IConsumer<string, byte[]> consumer, ConsumeResult<string, byte[]> record, CancellationToken stopping)
    {
        try
        {
            if (KafkaHeaders.FromRecord(record.Message, out var problem) is { } message)
            {
                var deadLettered = consumers.DeliverAsync(message, module, stopping).GetAwaiter().GetResult();
                foreach (var failure in deadLettered)
                {
                    deadLetters.Forward(record, failure.Consumer, failure.Error.ToString(), stopping);
                }
            }
            else
            {
                logger.LogError("{Module} got a record it cannot read at {Position}: {Problem}", module, record.TopicPartitionOffset, problem);
                deadLetters.Forward(record, module, problem!, stopping);
            }

            consumer.StoreOffset(record);
        }
        catch (Exception exception) when (!stopping.IsCancellationRequested)
        {
            // Nothing was committed for this record: read it again after a pause.
            logger.LogWarning(exception, "{Module} could not handle {Position}; retrying", module, record.TopicPartitionOffset);
            consumer.Seek(record.TopicPartitionOffset);
            stopping.WaitHandle.WaitOne(RetryPause);
        }
    }
}
