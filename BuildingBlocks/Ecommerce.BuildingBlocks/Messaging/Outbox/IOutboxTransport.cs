namespace Ecommerce.BuildingBlocks.Messaging.Outbox;

/// <summary>
/// Carries outbox rows to their consumers. Delivery is in order: the result says how many rows, from
/// the first, were delivered; the rest are tried again later, beginning with the one that failed.
/// </summary>
public interface IOutboxTransport
{
    Task<OutboxDelivery> DeliverAsync(string module, IReadOnlyList<IntegrationMessage> messages, CancellationToken cancellationToken);
}

/// <param name="Delivered">How many rows, from the first, were delivered.</param>
/// <param name="Error">Why the row after them was not.</param>
/// <param name="Permanent">
/// The transport will never take that row as it is (too large, not authorised, no topic): after
/// <c>Messaging:OutboxMaxAttempts</c> such tries it is parked. Otherwise (a timeout, a broker away) it is tried until it goes.
/// </param>
public sealed record OutboxDelivery(int Delivered, Exception? Error = null, bool Permanent = false)
{
    public static OutboxDelivery All(int count) => new(count);
}
