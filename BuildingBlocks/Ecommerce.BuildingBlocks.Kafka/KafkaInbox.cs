using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>
/// Starts one Kafka consumer per consuming module, each on its own thread, subscribed only to the topics
/// that carry events its consumers handle. Stopping the host closes them, committing what they handled.
/// </summary>
internal sealed class KafkaInbox(
    KafkaConnection connection,
    KafkaProducer producer,
    KafkaTopicInitializer topics,
    IntegrationEventConsumers consumers,
    ILoggerFactory loggers) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await topics.EnsureTopicsAsync(topics.Topics);
        var threads = consumers.All
            .GroupBy(subscription => subscription.Module, StringComparer.Ordinal)
            .Select(module => Start(module.Key, SubscribedTopics(module), stoppingToken))
            .ToList();
        await Task.WhenAll(threads);
    }

    private static List<string> SubscribedTopics(IEnumerable<IConsumerSubscription> subscriptions) =>
        subscriptions.SelectMany(subscription => subscription.MessageTypes)
            .Select(type => KafkaTopics.Carrying(MessageTypeName.Of(type)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    private Task Start(string module, List<string> subscribed, CancellationToken stopping)
    {
        var consumer = new ModuleConsumer(
            module, subscribed, connection, new DeadLetterForwarder(producer), topics, consumers, loggers.CreateLogger($"{typeof(ModuleConsumer).FullName}.{module}"));
        var done = new TaskCompletionSource();
        var thread = new Thread(() =>
        {
            try
            {
                consumer.Run(stopping);
                done.SetResult();
            }
            catch (Exception exception)
            {
                done.SetException(exception);
            }
        })
        {
            IsBackground = true,
            Name = $"kafka-{module}",
        };
        thread.Start();
        return done.Task;
    }
}
