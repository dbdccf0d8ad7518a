using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Messaging.Inbox;

namespace Ecommerce.Testing.Faults;

/// <summary>A consumer that first asks <see cref="ConsumerFaults"/> whether to wait, fail or go on.</summary>
internal sealed class FaultyConsumerSubscription(IConsumerSubscription inner, ConsumerFaults faults) : IConsumerSubscription
{
    public string ConsumerName => inner.ConsumerName;

    public Type ConsumerType => inner.ConsumerType;

    public string Module => inner.Module;

    public IReadOnlyCollection<Type> MessageTypes => inner.MessageTypes;

    public async Task<bool> ConsumeAsync(IntegrationMessage message, Type messageType, CancellationToken cancellationToken)
    {
        await faults.BeforeAsync(new ConsumerDelivery(ConsumerName, Module, message), cancellationToken);
        return await inner.ConsumeAsync(message, messageType, cancellationToken);
    }

    public Task<bool> DeadLetterAsync(
        IntegrationMessage message, Exception error, int attempts, DeadLetterForward? forward, CancellationToken cancellationToken) =>
        inner.DeadLetterAsync(message, error, attempts, forward, cancellationToken);
}
