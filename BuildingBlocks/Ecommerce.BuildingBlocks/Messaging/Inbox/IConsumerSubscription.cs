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
    /// <returns>False when the inbox says the consumer handled the message before, and it did not run.</returns>
    Task<bool> ConsumeAsync(IntegrationMessage message, Type messageType, CancellationToken cancellationToken);

    /// <summary>
    /// Parks a message the consumer kept failing on: a dead letter (or the one it has, updated) and an inbox entry marked
    /// parked, so that a later delivery runs the consumer again; with <paramref name="forward"/>, an outbox row that copies
    /// the message there, in the same transaction.
    /// </summary>
    /// <returns>False if the consumer handled the message meanwhile, and nothing was parked.</returns>
    Task<bool> DeadLetterAsync(
        IntegrationMessage message, Exception error, int attempts, DeadLetterForward? forward, CancellationToken cancellationToken);
}
