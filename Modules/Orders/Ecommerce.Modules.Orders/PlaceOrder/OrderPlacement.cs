using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Carts.Contracts;
using Ecommerce.Modules.Catalog.Contracts;
using Ecommerce.Modules.Orders.Contracts;
using Ecommerce.Modules.Orders.Data;
using Ecommerce.Modules.Orders.Domain;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OrderLine = Ecommerce.Modules.Orders.Domain.OrderLine;

namespace Ecommerce.Modules.Orders.PlaceOrder;

/// <summary>Turns a customer's cart into a Pending order and its OrderPlaced event, once per idempotency key.</summary>
internal sealed class OrderPlacement(
    OrdersDbContext db, IRequestClient<GetCartLines> carts, IRequestClient<FindProducts> catalog, TimeProvider time)
{
    public async Task<PlacementOutcome> PlaceAsync(int customerId, string? key, CancellationToken cancellationToken)
    {
        if (key is not null && await FindByKeyAsync(customerId, key, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var cart = (await carts.GetResponse<CartLines>(new GetCartLines(customerId), cancellationToken)).Message.Lines;
        if (cart.Count == 0)
        {
            return await RefuseAsync(customerId, key, ApiProblems.BadRequest(OrdersMessages.CartEmpty), cancellationToken);
        }

        var found = await catalog.GetResponse<ProductsFound>(new FindProducts(cart.Select(line => line.ProductId).ToList()), cancellationToken);
        var prices = found.Message.Products.ToDictionary(product => product.Id, product => product.Price);
        if (cart.FirstOrDefault(line => !prices.ContainsKey(line.ProductId)) is { } gone)
        {
            return await RefuseAsync(customerId, key, ApiProblems.Conflict(OrdersMessages.ProductUnavailable(gone.ProductId)), cancellationToken);
        }

        var lines = cart.Select(line => new OrderLine(line.ProductId, line.Quantity, prices[line.ProductId])).ToList();
        try
        {
            return await db.WriteAsync(token => CreateAsync(customerId, key, lines, token), cancellationToken);
        }
        catch (DbUpdateException conflict) when (key is not null)
        {
            // The same key raced in on another connection and won: answer with its order.
            db.ChangeTracker.Clear();
            return await FindByKeyAsync(customerId, key, cancellationToken)
                ?? throw new InvalidOperationException("An idempotency key conflicted but its order is gone.", conflict);
        }
    }

    private async Task<PlacementOutcome> CreateAsync(int customerId, string? key, List<OrderLine> lines, CancellationToken cancellationToken)
    {
        // Checked again inside the transaction: concurrent requests with one key queue here on SQLite.
        if (key is not null && await FindByKeyAsync(customerId, key, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var order = Order.Place(customerId, lines, now);
        db.Orders.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        if (key is not null)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord { CustomerId = customerId, Key = key, OrderId = order.Id, CreatedAt = now });
        }

        db.PublishIntegrationEvent(
            new OrderPlaced(order.Id, customerId, lines.Select(line => new Contracts.OrderLine(line.ProductId, line.Quantity)).ToList()),
            order.Id);
        return new PlacementOutcome(order, null);
    }

    /// <summary>
    /// Refuses the request, unless a concurrent request with the same key placed its order after the first
    /// look-up: that order's commit is what emptied the cart, so it is visible by now and is the answer.
    /// </summary>
    private async Task<PlacementOutcome> RefuseAsync(int customerId, string? key, ProblemHttpResult problem, CancellationToken cancellationToken) =>
        key is not null && await FindByKeyAsync(customerId, key, cancellationToken) is { } earlier
            ? earlier
            : new PlacementOutcome(null, problem);

    private async Task<PlacementOutcome?> FindByKeyAsync(int customerId, string key, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyRecords.AsNoTracking()
            .FirstOrDefaultAsync(record => record.CustomerId == customerId && record.Key == key, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(order => order.Id == record.OrderId, cancellationToken);
        return order is null
            ? new PlacementOutcome(null, ApiProblems.NotFound(OrdersMessages.OrderNotFound))
            : new PlacementOutcome(order, null);
    }
}

internal sealed record PlacementOutcome(Order? Order, ProblemHttpResult? Problem);
