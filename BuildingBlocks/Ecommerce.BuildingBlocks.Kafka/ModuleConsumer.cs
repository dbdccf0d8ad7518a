using System.Diagnostics;
using Confluent.Kafka;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Microsoft.Extensions.Logging;

namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>
/// One module's Kafka consumer (group <c>ecommerce.&lt;module&gt;</c>): each record goes through the module's inbox and
/// MassTransit consumers, and its offset is stored only after that committed. A record its consumers still fail on after
/// the immediate tries waits for a delayed redelivery with its partition paused (the other partitions flow, the loop keeps
/// polling so the group keeps it), then is read again; after the last one it is parked, and its copy to
/// <c>&lt;topic&gt;.dlt</c> is written to the module's outbox in the same transaction, and the partition moves on.
/// </summary>
internal sealed class ModuleConsumer(
    string module,
    IReadOnlyList<string> topics,
    KafkaConnection connection,
    KafkaProducer producer,
    KafkaTopicInitializer topicInitializer,
    IntegrationEventConsumers consumers,
    KafkaConsumerStates states,
    ILogger logger) : IConsumerLoop
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PollTimeout = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LagInterval = TimeSpan.FromSeconds(1);

    private readonly PausedPartitions _paused = new();
    private long? _lastResubscribe;
    private long _lastLag;

    /// <summary>Runs until <paramref name="stopping"/> fires; blocking, so it gets a thread of its own.</summary>
    public void Run(CancellationToken stopping)
    {
        using var consumer = new ConsumerBuilder<string, byte[]>(connection.ConsumerConfig(module))
            .SetLogHandler((_, log) => KafkaLogging.Log(logger, $"librdkafka {module} consumer", log))
            .SetErrorHandler((_, error) => logger.Log(error.IsFatal ? LogLevel.Error : LogLevel.Warning, "Kafka {Module} consumer: {Reason}", module, error.Reason))
            .SetPartitionsRevokedHandler((revoking, partitions) => CommitHandled(revoking, partitions))
            .Build();
        consumer.Subscribe(topics);
        states.Running(module);
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                _paused.ResumeDue(consumer);
                if (Next(consumer) is { IsPartitionEOF: false } record)
                {
                    Handle(consumer, record, stopping);
                }

                ReportLag(consumer);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        finally
        {
            states.Stopped(module);
            // Commits the stored offsets and leaves the group, so that its partitions move on at once.
            consumer.Close();
        }
    }

    // Runs between two records (inside Consume), so every stored offset belongs to a committed inbox transaction.
    private void CommitHandled(IConsumer<string, byte[]> consumer, List<TopicPartitionOffset> partitions)
    {
        _paused.Forget(partitions.Select(partition => partition.TopicPartition));
        try
        {
            consumer.Commit();
            logger.LogInformation("Kafka {Module} consumer committed what it handled and hands back {Partitions} partitions", module, partitions.Count);
        }
        catch (KafkaException exception)
        {
            // Nothing stored since the last commit, or the group already moved on: the inbox absorbs a redelivery.
            logger.LogDebug("Kafka {Module} consumer had nothing to commit on rebalance: {Reason}", module, exception.Error.Reason);
        }
    }

    private ConsumeResult<string, byte[]>? Next(IConsumer<string, byte[]> consumer)
    {
        try
        {
            return consumer.Consume(PollTimeout);
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
            var round = _paused.RoundOf(record);
            if (KafkaHeaders.FromRecord(record.Message, out var problem) is not { } message)
            {
                // Not one of ours: no message id for an inbox. Produced straight to .dlt; a failure reads it again.
                logger.LogError("{Module} got a record it cannot read at {Position}: {Problem}", module, record.TopicPartitionOffset, problem);
                var copy = KafkaHeaders.DeadLetterOf(record);
                var headers = new Dictionary<string, string>(copy.Headers, StringComparer.Ordinal) { [KafkaHeaders.Error] = problem!, [KafkaHeaders.FailedConsumer] = module };
                var unreadable = new Message<string, byte[]> { Key = record.Message.Key, Value = record.Message.Value, Headers = KafkaHeaders.Of(headers) };
                producer.ProduceAsync(copy.Destination, unreadable, stopping).GetAwaiter().GetResult();
            }
            else if (consumers.TryAsync(message, module, stopping).GetAwaiter().GetResult() is { Count: > 0 } failures)
            {
                if (round < consumers.Redeliveries.Count)
                {
                    WaitForRedelivery(consumer, record, round);
                    return;
                }

                consumers.ParkAsync(message, failures, round, KafkaHeaders.DeadLetterOf(record), stopping).GetAwaiter().GetResult();
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

    private void WaitForRedelivery(IConsumer<string, byte[]> consumer, ConsumeResult<string, byte[]> record, int round)
    {
        var pause = consumers.Redeliveries[round];
        logger.LogWarning("{Module} pauses {Partition} for {Pause} before redelivery {Redelivery} of {Position}",
            module, record.TopicPartition, pause, round + 1, record.TopicPartitionOffset);
        _paused.Wait(consumer, record, round + 1, pause);
    }

    private void ReportLag(IConsumer<string, byte[]> consumer)
    {
        if (Stopwatch.GetElapsedTime(_lastLag) < LagInterval)
        {
            return;
        }

        _lastLag = Stopwatch.GetTimestamp();
        long lag = 0;
        foreach (var partition in consumer.Assignment)
        {
            var high = consumer.GetWatermarkOffsets(partition).High.Value;
            // A record waiting for its redelivery is not consumed yet, whatever the position says after it was read.
            var position = _paused.WaitingAt(partition) ?? consumer.Position(partition).Value;
            if (high >= 0 && position >= 0)
            {
                lag += Math.Max(0, high - position);
            }
        }

        states.Lag(module, lag);
    }
}
