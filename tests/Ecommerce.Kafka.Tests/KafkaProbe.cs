using Confluent.Kafka;
using Ecommerce.Testing;

namespace Ecommerce.Kafka.Tests;

/// <summary>A plain Kafka client, as any other service would use one, to look at and meddle with the topics.</summary>
internal sealed class KafkaProbe(string bootstrapServers)
{
    /// <summary>Every record of <paramref name="topic"/> so far, read from offset 0 by a fresh consumer group.</summary>
    public List<ConsumeResult<string, byte[]>> ReadAll(string topic, Func<List<ConsumeResult<string, byte[]>>, bool> enough, TimeSpan? timeout = null)
    {
        using var consumer = new ConsumerBuilder<string, byte[]>(new ConsumerConfig
        {
            BootstrapServers = bootstrapServers,
            GroupId = $"probe-{Guid.NewGuid():N}",
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
        }).Build();
        consumer.Subscribe(topic);
        var records = new List<ConsumeResult<string, byte[]>>();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!enough(records) && DateTime.UtcNow < deadline)
        {
            try
            {
                if (consumer.Consume(TimeSpan.FromMilliseconds(200)) is { IsPartitionEOF: false } record)
                {
                    records.Add(record);
                }
            }
            catch (ConsumeException exception) when (exception.Error.Code == ErrorCode.UnknownTopicOrPart)
            {
                // Not created yet: the first record will create it.
            }
        }

        consumer.Close();
        return records;
    }

    /// <summary>How many records <paramref name="topic"/> holds: the sum of its partitions' high watermarks.</summary>
    public long Count(string topic)
    {
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = bootstrapServers }).Build();
        using var watermarks = new ConsumerBuilder<string, byte[]>(new ConsumerConfig { BootstrapServers = bootstrapServers, GroupId = "probe" }).Build();
        return Partitions(admin, topic).Sum(partition => watermarks.QueryWatermarkOffsets(partition, TimeSpan.FromSeconds(5)).High.Value);
    }

    public async Task ProduceAsync(string topic, Message<string, byte[]> record)
    {
        using var producer = new ProducerBuilder<string, byte[]>(new ProducerConfig { BootstrapServers = bootstrapServers }).Build();
        await producer.ProduceAsync(topic, record);
    }

    /// <summary>Waits until <paramref name="group"/> has committed every record of <paramref name="topic"/> written so far.</summary>
    public async Task CaughtUpAsync(string group, string topic)
    {
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = bootstrapServers }).Build();
        using var watermarks = new ConsumerBuilder<string, byte[]>(new ConsumerConfig { BootstrapServers = bootstrapServers, GroupId = "probe" }).Build();
        var partitions = Partitions(admin, topic);
        var ends = partitions.ToDictionary(partition => partition, partition => watermarks.QueryWatermarkOffsets(partition, TimeSpan.FromSeconds(5)).High.Value);
        await Eventually.Until(
            async () => (await admin.ListConsumerGroupOffsetsAsync([new ConsumerGroupTopicPartitions(group, partitions)]))[0].Partitions
                .ToDictionary(offset => offset.TopicPartition, offset => offset.Offset.Value),
            committed => ends.All(end => end.Value == 0 || committed[end.Key] >= end.Value),
            $"{group} to commit every record of {topic} (ends {string.Join(", ", ends.Values)})");
    }

    /// <summary>The offset <paramref name="group"/> has committed on <paramref name="partition"/>: the next record it will read; negative if none.</summary>
    public async Task<long> CommittedAsync(string group, TopicPartition partition)
    {
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = bootstrapServers }).Build();
        var offsets = await admin.ListConsumerGroupOffsetsAsync([new ConsumerGroupTopicPartitions(group, [partition])]);
        return offsets[0].Partitions.Single().Offset.Value;
    }

    /// <summary>Sets the committed offsets of <paramref name="group"/> on <paramref name="topic"/> back to 0; the group's own consumers must be stopped.</summary>
    public async Task RewindAsync(string group, string topic)
    {
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = bootstrapServers }).Build();
        var partitions = Partitions(admin, topic);
        // Join the group as its only member (a commit from outside the group is refused), then commit 0 everywhere.
        using var consumer = new ConsumerBuilder<string, byte[]>(new ConsumerConfig
        {
            BootstrapServers = bootstrapServers,
            GroupId = group,
            EnableAutoCommit = false,
            AutoOffsetReset = AutoOffsetReset.Latest,
            SessionTimeoutMs = 6_000,
        }).Build();
        consumer.Subscribe(topic);
        await Eventually.Until(
            () => Task.FromResult(consumer.Consume(TimeSpan.FromMilliseconds(100)) is null && consumer.Assignment.Count == partitions.Count),
            assigned => assigned,
            $"the partitions of {topic} in {group}",
            TimeSpan.FromSeconds(60));
        consumer.Commit(partitions.Select(partition => new TopicPartitionOffset(partition, 0)));
        consumer.Close();
    }

    private static List<TopicPartition> Partitions(IAdminClient admin, string topic) =>
        admin.GetMetadata(topic, TimeSpan.FromSeconds(5)).Topics[0].Partitions
            .Select(partition => new TopicPartition(topic, partition.PartitionId))
            .ToList();
}
