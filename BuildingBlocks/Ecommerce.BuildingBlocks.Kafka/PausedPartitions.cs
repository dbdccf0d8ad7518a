using System.Diagnostics;
using Confluent.Kafka;

namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>
/// Records waiting for a delayed redelivery, one per partition: the partition is paused and set back to the record, and
/// resumed when the pause is over, so the record is read again with the next round. Elapsed time, not the time of day:
/// pacing retries must not stop when a test holds a fake clock still. Used by one consumer's thread only.
/// </summary>
internal sealed class PausedPartitions
{
    private readonly Dictionary<TopicPartition, Waiting> _waiting = [];

    public void Wait(IConsumer<string, byte[]> consumer, ConsumeResult<string, byte[]> record, int round, TimeSpan pause)
    {
        consumer.Pause([record.TopicPartition]);
        consumer.Seek(record.TopicPartitionOffset);
        _waiting[record.TopicPartition] = new Waiting(record.Offset.Value, round, Stopwatch.GetTimestamp() + (long)(pause.TotalSeconds * Stopwatch.Frequency));
    }

    /// <summary>The redelivery round of <paramref name="record"/>: 0 for a first delivery.</summary>
    public int RoundOf(ConsumeResult<string, byte[]> record) =>
        _waiting.Remove(record.TopicPartition, out var waiting) && waiting.Offset == record.Offset.Value ? waiting.Round : 0;

    /// <summary>The offset of the record waiting on <paramref name="partition"/>, if one is.</summary>
    public long? WaitingAt(TopicPartition partition) => _waiting.TryGetValue(partition, out var waiting) ? waiting.Offset : null;

    public void ResumeDue(IConsumer<string, byte[]> consumer)
    {
        foreach (var (partition, waiting) in _waiting.Where(pair => !pair.Value.Resumed && pair.Value.Due <= Stopwatch.GetTimestamp()).ToList())
        {
            consumer.Resume([partition]);
            _waiting[partition] = waiting with { Resumed = true };
        }
    }

    /// <summary>Partitions the group takes away: their records are read again by whoever gets them.</summary>
    public void Forget(IEnumerable<TopicPartition> partitions)
    {
        foreach (var partition in partitions)
        {
            _waiting.Remove(partition);
        }
    }

    private sealed record Waiting(long Offset, int Round, long Due, bool Resumed = false);
}
