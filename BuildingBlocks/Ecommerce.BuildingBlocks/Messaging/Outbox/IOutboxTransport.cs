namespace Ecommerce.BuildingBlocks.Messaging.Outbox;

/// <summary>
/// Carries outbox rows to their consumers. Delivery is in order: the result says how many rows, from
/// the first, were delivered; the rest are tried again later, beginning with the one that failed.
/// </summary>
public interface IOutboxTransport
{
    Task<OutboxDelivery> DeliverAsync(string module, IReadOnlyList<IntegrationMessage> messages, CancellationToken cancellationToken);
}

public sealed record OutboxDelivery(int Delivered, Exception? Error = null)
{
    public static OutboxDelivery All(int count) => new(count);
}
