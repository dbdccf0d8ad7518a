using System.Diagnostics;
using Ecommerce.BuildingBlocks.Messaging.Telemetry;
using Microsoft.Extensions.Logging;

namespace Ecommerce.BuildingBlocks.Messaging.Inbox;

/// <summary>
/// Every integration-event consumer of the process, by message type. A delivery runs each of the message's consumers
/// through their inbox in tiers: <c>Messaging:MaxDeliveryAttempts</c> immediate tries with doubling pauses, then delayed
/// redeliveries on <c>Messaging:Redeliveries</c>; a consumer still failing has the message parked as a dead letter and the
/// delivery goes on, so a poison message blocks nothing behind it for good.
/// </summary>
public sealed class IntegrationEventConsumers
{
    private readonly Dictionary<string, (Type Type, IConsumerSubscription[] Subscriptions)> _byType;
    private readonly MessagingOptions _options;
    private readonly MessagingMetrics _metrics;
    private readonly ILogger<IntegrationEventConsumers> _logger;

    public IntegrationEventConsumers(
        IEnumerable<IConsumerSubscription> subscriptions, MessagingOptions options, MessagingMetrics metrics, ILogger<IntegrationEventConsumers> logger)
    {
        All = subscriptions.ToArray();
        _byType = All
            .SelectMany(subscription => subscription.MessageTypes, (subscription, type) => (subscription, type))
            .GroupBy(pair => pair.type)
            .ToDictionary(
                group => MessageTypeName.Of(group.Key),
                group => (group.Key, group.Select(pair => pair.subscription).ToArray()),
                StringComparer.Ordinal);
        _options = options;
        _metrics = metrics;
        _logger = logger;
        Redeliveries = options.RedeliverySchedule();
    }

    public IReadOnlyList<IConsumerSubscription> All { get; }

    /// <summary>The pauses before each delayed redelivery; after the last one a failing message is parked.</summary>
    public IReadOnlyList<TimeSpan> Redeliveries { get; }

    /// <summary>
    /// Delivers to the message's consumers, or only to those of <paramref name="module"/>, through every tier, waiting here
    /// for the redeliveries: the caller holds what comes after this message (in process, the outbox holds its next rows).
    /// </summary>
    /// <returns>The consumers that parked the message, with their last error.</returns>
    public async Task<IReadOnlyList<DeadLettered>> DeliverAsync(IntegrationMessage message, string? module, CancellationToken cancellationToken)
    {
        var pending = SubscriptionsFor(message, module);
        for (var round = 0; ; round++)
        {
            var failures = await TryAsync(message, pending, cancellationToken);
            if (failures.Count == 0)
            {
                return [];
            }

            if (round >= Redeliveries.Count)
            {
                return await ParkAsync(message, failures, round, forward: null, cancellationToken);
            }

            _logger.LogWarning("{Consumers} failed on {MessageType} {MessageId}; redelivery {Redelivery} in {Pause}",
                string.Join(", ", failures.Select(failure => failure.Subscription.ConsumerName)), message.Type, message.MessageId, round + 1, Redeliveries[round]);
            await Task.Delay(Redeliveries[round], cancellationToken);
            pending = failures.Select(failure => failure.Subscription).ToList();
        }
    }

    /// <summary>One tier of immediate tries for each consumer of the message (of <paramref name="module"/> only, if given).</summary>
    /// <returns>The consumers still failing, with their last error; none parks the message.</returns>
    public Task<IReadOnlyList<DeliveryFailure>> TryAsync(IntegrationMessage message, string? module, CancellationToken cancellationToken) =>
        TryAsync(message, SubscriptionsFor(message, module), cancellationToken);

    /// <summary>Parks the message for every consumer that failed on it, after <paramref name="redeliveries"/> delayed redeliveries.</summary>
    /// <param name="message">The message that failed.</param>
    /// <param name="failures">The consumers that failed on it, with their last error.</param>
    /// <param name="redeliveries">How many delayed redeliveries it had.</param>
    /// <param name="forward">Where a copy of the message goes, through the consumer's outbox, in the same transaction.</param>
    /// <param name="cancellationToken">Stops the parking.</param>
    public async Task<IReadOnlyList<DeadLettered>> ParkAsync(
        IntegrationMessage message, IReadOnlyList<DeliveryFailure> failures, int redeliveries, DeadLetterForward? forward, CancellationToken cancellationToken)
    {
        var parked = new List<DeadLettered>();
        var attempts = _options.MaxDeliveryAttempts * (redeliveries + 1);
        foreach (var (subscription, error) in failures)
        {
            _logger.LogError(error, "{Consumer} failed {Attempts} times on {MessageType} {MessageId}; dead-lettered",
                subscription.ConsumerName, attempts, message.Type, message.MessageId);
            if (await subscription.DeadLetterAsync(message, error, attempts, forward, cancellationToken))
            {
                _metrics.Consumed(subscription, "parked");
                parked.Add(new DeadLettered(subscription.ConsumerName, error));
            }
        }

        return parked;
    }

    /// <summary>A dead letter's message through its consumer's inbox again: handled, or parked again with the new error.</summary>
    /// <returns>False when no consumer of this process has that name.</returns>
    public async Task<bool> ReplayAsync(IntegrationMessage message, string consumer, CancellationToken cancellationToken)
    {
        if (All.FirstOrDefault(subscription => string.Equals(subscription.ConsumerName, consumer, StringComparison.Ordinal)) is not { } subscription ||
            !_byType.TryGetValue(message.Type, out var consumers))
        {
            return false;
        }

        var failures = await TryAsync(message, [subscription], cancellationToken, consumers.Type);
        await ParkAsync(message, failures, redeliveries: 0, forward: null, cancellationToken);
        return true;
    }

    private IReadOnlyList<IConsumerSubscription> SubscriptionsFor(IntegrationMessage message, string? module) =>
        _byType.TryGetValue(message.Type, out var consumers)
            ? consumers.Subscriptions.Where(subscription => module is null || string.Equals(subscription.Module, module, StringComparison.Ordinal)).ToList()
            : [];

    private async Task<IReadOnlyList<DeliveryFailure>> TryAsync(
        IntegrationMessage message, IReadOnlyList<IConsumerSubscription> subscriptions, CancellationToken cancellationToken, Type? type = null)
    {
        var failures = new List<DeliveryFailure>();
        foreach (var subscription in subscriptions)
        {
            if (await TryOneAsync(subscription, type ?? _byType[message.Type].Type, message, cancellationToken) is { } error)
            {
                failures.Add(new DeliveryFailure(subscription, error));
            }
        }

        return failures;
    }

    private async Task<Exception?> TryOneAsync(
        IConsumerSubscription subscription, Type type, IntegrationMessage message, CancellationToken cancellationToken)
    {
        using var activity = MessagingTracing.StartConsume(subscription.Module, subscription.ConsumerName, message);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (await subscription.ConsumeAsync(message, type, cancellationToken))
                {
                    _metrics.Handled(subscription, message);
                }
                else
                {
                    _metrics.Consumed(subscription, "duplicate");
                }

                return null;
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested)
            {
                _metrics.Consumed(subscription, "failed");
                if (attempt >= _options.MaxDeliveryAttempts)
                {
                    activity?.SetStatus(ActivityStatusCode.Error, error.Message);
                    return error;
                }

                _logger.LogWarning(error, "{Consumer} failed on {MessageType} {MessageId} (try {Attempt}); retrying",
                    subscription.ConsumerName, message.Type, message.MessageId, attempt);
                await Task.Delay(_options.RetryDelay * Math.Pow(2, attempt - 1), cancellationToken);
            }
        }
    }
}

public sealed record DeadLettered(string Consumer, Exception Error);

/// <summary>A consumer that still failed on a message after a tier of tries, and its last error.</summary>
public sealed record DeliveryFailure(IConsumerSubscription Subscription, Exception Error);
