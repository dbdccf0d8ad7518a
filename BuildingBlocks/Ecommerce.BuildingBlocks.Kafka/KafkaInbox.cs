using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>
/// Starts one Kafka consumer per consuming module, each on its own thread, subscribed only to the topics that carry events
/// its consumers handle, and supervises it: a loop that dies is logged at Error and started again after a pause that
/// doubles up to <see cref="MaxRestartDelay"/> (readiness reports it meanwhile). Stopping the host closes them, committing
/// what they handled.
/// </summary>
internal sealed class KafkaInbox(
    KafkaTopicInitializer topics,
    IntegrationEventConsumers consumers,
    IConsumerLoops loops,
    KafkaConsumerStates states,
    ILogger<KafkaInbox> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRestartDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRestartDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await topics.EnsureTopicsAsync(topics.Topics);
        await Task.WhenAll(consumers.All
            .GroupBy(subscription => subscription.Module, StringComparer.Ordinal)
            .Select(module => SuperviseAsync(module.Key, SubscribedTopics(module), stoppingToken)));
    }

    private static List<string> SubscribedTopics(IEnumerable<IConsumerSubscription> subscriptions) =>
        subscriptions.SelectMany(subscription => subscription.MessageTypes)
            .Select(type => KafkaTopics.Carrying(MessageTypeName.Of(type)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    private async Task SuperviseAsync(string module, List<string> subscribed, CancellationToken stopping)
    {
        var delay = FirstRestartDelay;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await OnThreadOfItsOwn(module, () => loops.Create(module, subscribed).Run(stopping));
                if (stopping.IsCancellationRequested)
                {
                    return;
                }

                throw new InvalidOperationException("The consumer loop returned while the host runs.");
            }
            catch (Exception exception) when (!stopping.IsCancellationRequested)
            {
                states.Stopped(module);
                logger.LogError(exception, "The Kafka {Module} consumer stopped; starting it again in {Delay}", module, delay);
                await Task.Delay(delay, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                delay = delay * 2 < MaxRestartDelay ? delay * 2 : MaxRestartDelay;
            }
        }
    }

    private static Task OnThreadOfItsOwn(string module, Action run)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                run();
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
