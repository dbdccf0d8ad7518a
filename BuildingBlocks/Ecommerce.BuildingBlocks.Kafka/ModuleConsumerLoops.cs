using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Microsoft.Extensions.Logging;

namespace Ecommerce.BuildingBlocks.Kafka;

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
