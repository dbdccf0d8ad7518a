namespace Ecommerce.Modules.Orders.Domain;

internal sealed class Order
{
    private readonly List<OrderLine> _lines = [];

    private Order()
    {
    }

    public int Id { get; private set; }

    public int CustomerId { get; private set; }

    /// <summary>Also the concurrency token: two writers can never both move an order from the same status.</summary>
    public OrderStatus Status { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines;

    public decimal Total { get; private set; }

    public DateTime PlacedAt { get; private set; }

    public static Order Place(int customerId, IEnumerable<OrderLine> lines, DateTime now)
    {
        var order = new Order { CustomerId = customerId, Status = OrderStatus.Pending, PlacedAt = now };
        order._lines.AddRange(lines);
        order.Total = order._lines.Sum(line => line.Quantity * line.UnitPrice);
        return order;
    }

    /// <summary>Whether the catalog may be holding stock for this order: a cancellation must give it back.</summary>
    public bool MayHoldStock => Status is OrderStatus.Pending or OrderStatus.Confirmed or OrderStatus.Paid;

    public bool IsVisibleTo(int userId, bool isAdmin) => isAdmin || CustomerId == userId;

    public void MoveTo(OrderStatus status) => Status = status;
}
