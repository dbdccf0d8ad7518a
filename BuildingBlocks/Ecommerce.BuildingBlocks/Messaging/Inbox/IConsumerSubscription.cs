namespace Ecommerce.BuildingBlocks.Messaging.Inbox;

/// <summary>One integration-event consumer of one module, as the transports see it.</summary>
public interface IConsumerSubscription
{
    /// <summary>
    /// <c>&lt;module&gt;.&lt;consumer class&gt;</c>, recorded in the inbox and on dead letters. It leaves the namespace out,
    /// so that moving a consumer between folders keeps its inbox: a redelivery after the move is still recognised.
    /// </summary>
    string ConsumerName { get; }

    /// <summary>The MassTransit consumer class.</summary>
    Type ConsumerType { get; }

    /// <summary>The module whose DbContext holds the consumer's inbox.</summary>
    string Module { get; }

    IReadOnlyCollection<Type> MessageTypes { get; }

    /// <summary>Runs the consumer once through the inbox; throws what the consumer threw.</summary>
    Task ConsumeAsync(IntegrationMessage message, Type messageType, CancellationToken cancellationToken);

    /// <summary>Parks a message the consumer kept failing on, and marks it handled for this consumer.</summary>
    /// <returns>False if the message was already recorded for this consumer, and nothing was parked.</returns>
    Task<bool> DeadLetterAsync(IntegrationMessage message, Exception error, int attempts, CancellationToken cancellationToken);
}
