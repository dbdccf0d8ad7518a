using System.Globalization;
using Confluent.Kafka;

namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>Copies a record the consumers gave up on to <c>&lt;topic&gt;.dlt</c>, with why and where it came from in its headers.</summary>
internal sealed class DeadLetterForwarder(KafkaProducer producer)
{
    public void Forward(ConsumeResult<string, byte[]> record, string consumer, string error, CancellationToken stopping)
    {
        var headers = new Headers();
        foreach (var header in record.Message.Headers ?? [])
        {
            headers.Add(header.Key, header.GetValueBytes());
        }

        headers.Add(KafkaHeaders.Error, KafkaHeaders.Encode(error.Length > 4000 ? error[..4000] : error));
        headers.Add(KafkaHeaders.FailedConsumer, KafkaHeaders.Encode(consumer));
        headers.Add(KafkaHeaders.OriginalTopic, KafkaHeaders.Encode(record.Topic));
        headers.Add(KafkaHeaders.OriginalPartition, KafkaHeaders.Encode(record.Partition.Value.ToString(CultureInfo.InvariantCulture)));
        headers.Add(KafkaHeaders.OriginalOffset, KafkaHeaders.Encode(record.Offset.Value.ToString(CultureInfo.InvariantCulture)));
        var deadLetter = new Message<string, byte[]> { Key = record.Message.Key, Value = record.Message.Value, Headers = headers };
        producer.ProduceAsync(KafkaTopics.DeadLetterOf(record.Topic), deadLetter, stopping).GetAwaiter().GetResult();
    }
}
