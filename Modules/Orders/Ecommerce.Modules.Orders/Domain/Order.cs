namespace Ecommerce.Modules.Orders.Domain;

internal sealed class Order
{
    private readonly List<OrderLine> _lines = [];

    private Order()
    {
    }

    public int Id { get; private set; }

    public int CustomerId { get; private set; }

    /// <summary>Also a concurrency token: two writers can never both move an order from the same status.</summary>
    public OrderStatus Status { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines;

    public decimal Total { get; private set; }

    public DateTime PlacedAt { get; private set; }

    /// <summary>The cart and the version of its content the order was placed from; none for orders older than cart versions.</summary>
    public int? CartId { get; private set; }

    public int? CartVersion { get; private set; }

    /// <summary>How many times the catalog was asked to reserve the order's stock (OrderPlaced published), and when last.</summary>
    public int ReservationRequests { get; private set; }

    public DateTime ReservationRequestedAt { get; private set; }

    public DateTime? ConfirmedAt { get; private set; }

    /// <summary>
    /// The checkout that holds the order while it charges, and since when. Also a concurrency token: a cancellation
    /// that read the order before a checkout claimed it cannot commit after.
    /// </summary>
    public Guid? CheckoutClaim { get; private set; }

    public DateTime? CheckoutClaimedAt { get; private set; }

    public static Order Place(int customerId, IEnumerable<OrderLine> lines, DateTime now, int? cartId = null, int? cartVersion = null)
    {
        var order = new Order
        {
            CustomerId = customerId,
            Status = OrderStatus.Pending,
            PlacedAt = now,
            CartId = cartId,
            CartVersion = cartVersion,
            ReservationRequests = 1,
            ReservationRequestedAt = now,
        };
        order._lines.AddRange(lines);
        order.Total = order._lines.Sum(line => line.Quantity * line.UnitPrice);
        return order;
    }

    /// <summary>Whether the catalog may be holding stock for this order: a cancellation must give it back.</summary>
    public bool MayHoldStock => Status is OrderStatus.Pending or OrderStatus.Confirmed or OrderStatus.Paid;

    public bool IsVisibleTo(int userId, bool isAdmin) => isAdmin || CustomerId == userId;

    /// <summary>A checkout holds the order and has not been given up for abandoned.</summary>
    public bool IsCheckingOut(DateTime now, TimeSpan claimLifetime) => CheckoutClaim is not null && CheckoutClaimedAt > now - claimLifetime;

    public void Confirm(DateTime now)
    {
        Status = OrderStatus.Confirmed;
        ConfirmedAt = now;
    }

    public void AskForReservationAgain(DateTime now)
    {
        ReservationRequests++;
        ReservationRequestedAt = now;
    }

    public void MoveTo(OrderStatus status) => Status = status;
}
