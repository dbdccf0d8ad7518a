namespace Ecommerce.Modules.Carts.Domain;

/// <summary>"This order's lines have left the cart": written with the cart's change, so that it happens once per order.</summary>
internal sealed class TakenOrder
{
    private TakenOrder()
    {
    }

    public int OrderId { get; private set; }

    public int CustomerId { get; private set; }

    public DateTime TakenAt { get; private set; }

    public static TakenOrder Of(int orderId, int customerId, DateTime now) => new() { OrderId = orderId, CustomerId = customerId, TakenAt = now };
}
