namespace Ecommerce.Modules.Orders.Domain;

/// <summary>"This customer's request with this Idempotency-Key placed that order." Kept for good; the contract asks for at least 24 h.</summary>
internal sealed class IdempotencyRecord
{
    public int CustomerId { get; init; }

    public string Key { get; init; } = "";

    public int OrderId { get; init; }

    public DateTime CreatedAt { get; init; }
}
