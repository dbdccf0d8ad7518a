namespace Ecommerce.Modules.Orders.Domain;

/// <summary>
/// The latest content of a cart that was ordered, and whether that order's lines have left the cart yet. Placements
/// from one cart meet on this row, whose <see cref="Version"/> is a concurrency token: one content of a cart makes one
/// order, and a cart that still holds an ordered content's lines is not ordered again until they are taken out, nor
/// from a read of it made before they were.
/// </summary>
internal sealed class OrderedCart
{
    private OrderedCart()
    {
    }

    public int CartId { get; private set; }

    /// <summary>The cart's version when it was last ordered; cart versions only grow.</summary>
    public int Version { get; private set; }

    public int OrderId { get; private set; }

    public bool LinesTaken { get; private set; }

    /// <summary>
    /// The cart's version once the order's lines were out of it (0 if not known). A read of the cart older than this
    /// may still hold them, even though <see cref="LinesTaken"/> is true by the time it is used.
    /// </summary>
    public int TakenAtVersion { get; private set; }

    public static OrderedCart First(int cartId, int version, int orderId) =>
        new() { CartId = cartId, Version = version, OrderId = orderId };

    public void Ordered(int version, int orderId)
    {
        Version = version;
        OrderId = orderId;
        LinesTaken = false;
        TakenAtVersion = 0;
    }
}
