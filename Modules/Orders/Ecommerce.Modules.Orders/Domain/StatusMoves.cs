namespace Ecommerce.Modules.Orders.Domain;

/// <summary>The contract's status table, as far as people move orders (the system moves the rest).</summary>
internal static class StatusMoves
{
    private sealed record Move(OrderStatus From, OrderStatus To, bool Owner, bool Admin);

    private static readonly Move[] ByPeople =
    [
        new(OrderStatus.Pending, OrderStatus.Cancelled, Owner: true, Admin: true),
        new(OrderStatus.Confirmed, OrderStatus.Cancelled, Owner: true, Admin: true),
        new(OrderStatus.Paid, OrderStatus.Shipped, Owner: false, Admin: true),
        new(OrderStatus.Paid, OrderStatus.Cancelled, Owner: false, Admin: true),
        new(OrderStatus.Shipped, OrderStatus.Delivered, Owner: false, Admin: true),
    ];

    public static MoveVerdict Judge(OrderStatus from, OrderStatus to, bool isOwner, bool isAdmin)
    {
        var move = Array.Find(ByPeople, move => move.From == from && move.To == to);
        if (move is null)
        {
            return MoveVerdict.NotAMove;
        }

        return (move.Owner && isOwner) || (move.Admin && isAdmin) ? MoveVerdict.Allowed : MoveVerdict.Forbidden;
    }
}

internal enum MoveVerdict
{
    Allowed,

    /// <summary>The move exists, but not for this role: 403.</summary>
    Forbidden,

    /// <summary>No person may make this move: 409.</summary>
    NotAMove,
}
