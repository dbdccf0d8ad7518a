using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Microsoft.Extensions.Logging;

namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>A module's consuming loop: blocking, until stopped, or until it dies with an exception.</summary>
internal interface IConsumerLoop
{
    void Run(CancellationToken stopping);
}

/// <summary>Makes the loop of a module's Kafka consumer; tests put faults between the supervisor and the real loop here.</summary>
internal interface IConsumerLoops
{
    IConsumerLoop Create(string module, IReadOnlyList<string> topics);
}

internal sealed class ModuleConsumerLoops(
    KafkaConnection connection,
    KafkaProducer producer,
    KafkaTopicInitializer topics,
    IntegrationEventConsumers consumers,
    KafkaConsumerStates states,
    ILoggerFactory loggers) : IConsumerLoops
{
    public IConsumerLoop Create(string module, IReadOnlyList<string> subscribed) =>
        new ModuleConsumer(
            module, subscribed, connection, producer, topics, consumers, states, loggers.CreateLogger($"{typeof(ModuleConsumer).FullName}.{module}"));
}
