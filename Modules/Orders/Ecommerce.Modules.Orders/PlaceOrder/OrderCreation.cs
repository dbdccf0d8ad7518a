using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.Modules.Carts.Contracts;
using Ecommerce.Modules.Orders.Data;
using Ecommerce.Modules.Orders.Domain;
using Microsoft.EntityFrameworkCore;
using OrderLine = Ecommerce.Modules.Orders.Domain.OrderLine;

namespace Ecommerce.Modules.Orders.PlaceOrder;

/// <summary>The write of a placement: one unit of work that creates the order, or says why not, or that it exists.</summary>
internal sealed class OrderCreation(OrdersDbContext db, OrdersOptions options, TimeProvider time)
{
    // Compiled once: a placement runs these on every attempt (see OrderPlacement).
    private static readonly Func<OrdersDbContext, int, CancellationToken, Task<OrderedCart?>> OrderedCartRow =
        EF.CompileAsyncQuery((OrdersDbContext db, int cartId, CancellationToken _) => db.OrderedCarts.FirstOrDefault(cart => cart.CartId == cartId));

    private static readonly Func<OrdersDbContext, int, CancellationToken, Task<int>> OpenOrdersOf =
        EF.CompileAsyncQuery((OrdersDbContext db, int customerId, CancellationToken _) =>
            db.Orders.Count(order => order.CustomerId == customerId && StatusGroups.Open.Contains(order.Status)));

    private static readonly Func<OrdersDbContext, int, CancellationToken, Task<Order?>> OrderById =
        EF.CompileAsyncQuery((OrdersDbContext db, int orderId, CancellationToken _) => db.Orders.AsNoTracking().FirstOrDefault(order => order.Id == orderId));

    /// <summary>
    /// Creates the order of this content of the cart, unless its key or its content was ordered already (that order is
    /// the answer) or the customer holds too many open orders. Conditional on the cart's <see cref="OrderedCart"/> row:
    /// a concurrent placement from the same cart makes this one fail on its version and run again.
    /// </summary>
    /// <returns>
    /// The outcome; null if the content read is out of date (the cart changed since, still holds an earlier order's
    /// lines, or held them when it was read).
    /// </returns>
    public async Task<PlacementOutcome?> TryCreateAsync(int customerId, string? key, CartLines content, List<OrderLine> lines, CancellationToken cancellationToken)
    {
        if (key is not null && await FindByKeyAsync(customerId, key, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var ordered = await OrderedCartRow(db, content.CartId, cancellationToken);
        if (ordered?.Version == content.Version)
        {
            return await SameContentAsync(customerId, key, ordered.OrderId, cancellationToken);
        }

        if (ordered is not null && (ordered.Version > content.Version || !ordered.LinesTaken || content.Version < ordered.TakenAtVersion))
        {
            return null;
        }

        // Exact per customer: their placements all meet on their one cart's row, so none counts before another commits.
        var open = await OpenOrdersOf(db, customerId, cancellationToken);
        if (open >= options.MaxOpenOrders)
        {
            return new PlacementOutcome(null, ApiProblems.Conflict(OrdersMessages.TooManyOpenOrders));
        }

        var now = time.GetUtcNow().UtcDateTime;
        // Fresh line objects: an attempt run again after a lost race must not reuse what the cleared context tracked.
        var order = Order.Place(customerId, lines.Select(line => line with { }), now, content.CartId, content.Version);
        db.Orders.Add(order);
        await db.SaveChangesAsync(cancellationToken); // its id, for the cart's row, the key and the event
        if (ordered is null)
        {
            db.OrderedCarts.Add(OrderedCart.First(content.CartId, content.Version, order.Id));
        }
        else
        {
            ordered.Ordered(content.Version, order.Id);
        }

        Remember(customerId, key, order.Id, now);
        db.PublishPlaced(order);
        return new PlacementOutcome(order, null);
    }

    public async Task<PlacementOutcome?> FindByKeyAsync(int customerId, string key, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyRecords.AsNoTracking()
            .FirstOrDefaultAsync(record => record.CustomerId == customerId && record.Key == key, cancellationToken);
        return record is null ? null : await AnswerWithAsync(record.OrderId, cancellationToken);
    }

    /// <summary>Another request ordered this very content: its order is the answer, as to a retry (and this key's too).</summary>
    private async Task<PlacementOutcome> SameContentAsync(int customerId, string? key, int orderId, CancellationToken cancellationToken)
    {
        Remember(customerId, key, orderId, time.GetUtcNow().UtcDateTime);
        return await AnswerWithAsync(orderId, cancellationToken);
    }

    private void Remember(int customerId, string? key, int orderId, DateTime now)
    {
        if (key is not null)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord { CustomerId = customerId, Key = key, OrderId = orderId, CreatedAt = now });
        }
    }

    public Task<Order?> FindOrderAsync(int orderId, CancellationToken cancellationToken) => OrderById(db, orderId, cancellationToken);

    /// <summary>The order as the answer to a placement, or why there is none: deleted since.</summary>
    public async Task<PlacementOutcome> AnswerWithAsync(int orderId, CancellationToken cancellationToken) =>
        await FindOrderAsync(orderId, cancellationToken) is { } order
            ? new PlacementOutcome(order, null)
            : new PlacementOutcome(null, ApiProblems.NotFound(OrdersMessages.OrderNotFound));
}
