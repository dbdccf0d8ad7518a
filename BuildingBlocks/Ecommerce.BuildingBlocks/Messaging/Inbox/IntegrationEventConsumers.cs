using Microsoft.Extensions.Logging;

namespace Ecommerce.BuildingBlocks.Messaging.Inbox;

/// <summary>
/// Every integration-event consumer of the process, by message type. Delivering a message runs each of
/// its consumers through their inbox, retrying with backoff; a consumer that keeps failing has the
/// message dead-lettered and the delivery goes on, so a poison message blocks nothing behind it.
/// </summary>
public sealed class IntegrationEventConsumers
{
    private readonly Dictionary<string, (Type Type, IConsumerSubscription[] Subscriptions)> _byType;
    private readonly MessagingOptions _options;
    private readonly ILogger<IntegrationEventConsumers> _logger;

    public IntegrationEventConsumers(
        IEnumerable<IConsumerSubscription> subscriptions, MessagingOptions options, ILogger<IntegrationEventConsumers> logger)
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
        _logger = logger;
    }

    public IReadOnlyList<IConsumerSubscription> All { get; }

    /// <summary>Delivers to the message's consumers, or only to those of <paramref name="module"/>.</summary>
    /// <returns>The consumers that dead-lettered the message, with their last error.</returns>
    public async Task<IReadOnlyList<DeadLettered>> DeliverAsync(
        IntegrationMessage message, string? module, CancellationToken cancellationToken)
    {
        if (!_byType.TryGetValue(message.Type, out var consumers))
        {
            return [];
        }

        var deadLettered = new List<DeadLettered>();
        foreach (var subscription in consumers.Subscriptions.Where(s => module is null || string.Equals(s.Module, module, StringComparison.Ordinal)))
        {
            if (await DeliverToAsync(subscription, consumers.Type, message, cancellationToken) is { } error)
            {
                deadLettered.Add(new DeadLettered(subscription.ConsumerName, error));
            }
        }

        return deadLettered;
    }

    private async Task<Exception?> DeliverToAsync(
        IConsumerSubscription subscription, Type type, IntegrationMessage message, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await subscription.ConsumeAsync(message, type, cancellationToken);
                return null;
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested)
            {
                if (attempt >= _options.MaxDeliveryAttempts)
                {
                    _logger.LogError(error, "{Consumer} failed {Attempts} times on {MessageType} {MessageId}; dead-lettered",
                        subscription.ConsumerName, attempt, message.Type, message.MessageId);
                    return await subscription.DeadLetterAsync(message, error, attempt, cancellationToken) ? error : null;
                }

                _logger.LogWarning(error, "{Consumer} failed on {MessageType} {MessageId} (try {Attempt}); retrying",
                    subscription.ConsumerName, message.Type, message.MessageId, attempt);
                await Task.Delay(_options.RetryDelay * Math.Pow(2, attempt - 1), cancellationToken);
            }
        }
    }
}

public sealed record DeadLettered(string Consumer, Exception Error);
