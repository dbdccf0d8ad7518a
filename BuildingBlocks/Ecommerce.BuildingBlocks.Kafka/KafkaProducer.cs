using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>The host's one producer, shared by the outboxes and the forwarding of unreadable records; rebuilt after a fatal error.</summary>
internal sealed class KafkaProducer(KafkaConnection connection, ILogger<KafkaProducer> logger) : IDisposable
{
    private readonly Lock _lock = new();
    private IProducer<string, byte[]>? _producer;

    public Task<DeliveryResult<string, byte[]>> ProduceAsync(string topic, Message<string, byte[]> record, CancellationToken cancellationToken) =>
        Current().ProduceAsync(topic, record, cancellationToken);

    private IProducer<string, byte[]> Current()
    {
        lock (_lock)
        {
            return _producer ??= new ProducerBuilder<string, byte[]>(connection.ProducerConfig())
                .SetErrorHandler(OnError)
                .SetLogHandler((_, log) => KafkaLogging.Log(logger, "librdkafka producer", log))
                .Build();
        }
    }

    private void OnError(IProducer<string, byte[]> producer, Error error)
    {
        if (!error.IsFatal)
        {
            logger.LogWarning("Kafka producer: {Reason}", error.Reason);
            return;
        }

        // An idempotent producer that hit a fatal error cannot produce again: start a new one.
        logger.LogError("Kafka producer failed fatally: {Reason}; starting a new one", error.Reason);
        lock (_lock)
        {
            if (ReferenceEquals(_producer, producer))
            {
                _producer = null;
                // Not here: this handler runs on the producer's own thread, which its disposal waits for.
                _ = Task.Run(producer.Dispose);
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _producer?.Flush(TimeSpan.FromSeconds(5));
            _producer?.Dispose();
            _producer = null;
        }
    }
}
