namespace Ecommerce.Modules.Catalog.Domain;

/// <summary>What the catalog decided for one order: the record that makes reserving and releasing happen once each.</summary>
internal sealed class StockReservation
{
    private readonly List<StockLine> _lines = [];

    public int OrderId { get; private set; }

    public ReservationStatus Status { get; private set; }

    public IReadOnlyList<StockLine> Lines => _lines;

    /// <summary>For a failed reservation, the first product found short.</summary>
    public int? ShortProductId { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public static StockReservation Reserved(int orderId, IEnumerable<StockLine> lines, DateTime now)
    {
        var reservation = new StockReservation { OrderId = orderId, Status = ReservationStatus.Reserved, UpdatedAt = now };
        reservation._lines.AddRange(lines);
        return reservation;
    }

    public static StockReservation Failed(int orderId, int shortProductId, DateTime now) =>
        new() { OrderId = orderId, Status = ReservationStatus.Failed, ShortProductId = shortProductId, UpdatedAt = now };

    /// <summary>A cancellation that arrived before the order's placement: the placement will find it and reserve nothing.</summary>
    public static StockReservation ReleasedBeforePlacement(int orderId, DateTime now) =>
        new() { OrderId = orderId, Status = ReservationStatus.Released, UpdatedAt = now };

    public void Release(DateTime now)
    {
        Status = ReservationStatus.Released;
        UpdatedAt = now;
    }
}

internal enum ReservationStatus
{
    /// <summary>The order's lines are set aside.</summary>
    Reserved,

    /// <summary>Some line was short; nothing was set aside.</summary>
    Failed,

    /// <summary>The order was cancelled; whatever it held is back in stock, and nothing will be reserved for it.</summary>
    Released,
}
