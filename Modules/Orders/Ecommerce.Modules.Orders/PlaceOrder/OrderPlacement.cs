using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.BuildingBlocks.Placement;
using Ecommerce.Modules.Catalog.Contracts;
using Ecommerce.Modules.Orders.Data;
using Ecommerce.Modules.Orders.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OrderLine = Ecommerce.Modules.Orders.Domain.OrderLine;

namespace Ecommerce.Modules.Orders.PlaceOrder;

/// <summary>
/// Turns a customer's cart into a Pending order and its OrderPlaced event, once per content of the cart and once per
/// idempotency key, then takes the ordered lines out of the cart before answering. Placements from one cart meet on
/// its <see cref="OrderedCart"/> row (<see cref="OrderCreation"/>); the loser of a race answers with the winner's order.
/// </summary>
internal sealed class OrderPlacement(OrdersDbContext db, CustomerCart cart, OrderCreation creation, IModuleRequestClient<FindProducts, ProductsFound> catalog)
{
    // A read of the cart is superseded only by a concurrent change of that cart: a few rounds settle it.
    private const int MaxRounds = 4;

    // Compiled once: every placement asks it, and building and matching its expression tree cost more than the query.
    private static readonly Func<OrdersDbContext, int, CancellationToken, Task<OrderedCart?>> OrderedCartOf =
        EF.CompileAsyncQuery((OrdersDbContext db, int cartId, CancellationToken _) =>
            db.OrderedCarts.AsNoTracking().FirstOrDefault(ordered => ordered.CartId == cartId));

    public async Task<PlacementOutcome> PlaceAsync(int customerId, string? key, CancellationToken cancellationToken)
    {
        if (key is not null && await creation.FindByKeyAsync(customerId, key, cancellationToken) is { } earlier)
        {
            return await AnswerAsync(earlier);
        }

        for (var round = 1; round <= MaxRounds; round++)
        {
            var content = await cart.ReadAsync(customerId, cancellationToken);
            var ordered = await OrderedCartOf(db, content.CartId, cancellationToken);
            if (ordered is { LinesTaken: false })
            {
                // What was read still held an earlier order's lines, out of the cart now: read it again, in this round.
                await TakeOutEarlierOrderAsync(ordered, cancellationToken);
                content = await cart.ReadAsync(customerId, cancellationToken);
            }
            else if (key is null && ordered?.Version == content.Version)
            {
                // A concurrent request ordered this very content, and its lines are out of the cart: that order is the
                // answer the write would give (a key must be remembered, so a keyed request takes the write).
                return await creation.AnswerWithAsync(ordered.OrderId, cancellationToken);
            }

            if (content.Lines.Count == 0)
            {
                return await RefuseAsync(customerId, key, ApiProblems.BadRequest(OrdersMessages.CartEmpty), cancellationToken);
            }

            var found = await catalog.GetResponseAsync(new FindProducts(content.Lines.Select(line => line.ProductId).ToList()), cancellationToken);
            var prices = found.Products.ToDictionary(product => product.Id, product => product.Price);
            if (content.Lines.FirstOrDefault(line => !prices.ContainsKey(line.ProductId)) is { } gone)
            {
                return await RefuseAsync(customerId, key, ApiProblems.Conflict(OrdersMessages.ProductUnavailable(gone.ProductId)), cancellationToken);
            }

            var lines = content.Lines.Select(line => new OrderLine(line.ProductId, line.Quantity, prices[line.ProductId])).ToList();
            var outcome = await db.WriteRetryingOnConflictAsync(token => creation.TryCreateAsync(customerId, key, content, lines, token), cancellationToken);
            if (outcome is not null)
            {
                return await AnswerAsync(outcome);
            }

            db.ChangeTracker.Clear();
        }

        return new PlacementOutcome(null, ApiProblems.Problem(StatusCodes.Status503ServiceUnavailable, ApiProblems.ServiceUnavailable));
    }

    /// <summary>An order is answered only once its lines are out of the cart, or the carts module could not be reached.</summary>
    private async Task<PlacementOutcome> AnswerAsync(PlacementOutcome outcome)
    {
        if (outcome.Order is { } order)
        {
            // Not the request's token: a client that hangs up after its order committed still gets its cart emptied.
            await cart.TakeOutAsync(order, CancellationToken.None);
        }

        return outcome;
    }

    private async Task TakeOutEarlierOrderAsync(OrderedCart earlier, CancellationToken cancellationToken)
    {
        var order = await creation.FindOrderAsync(earlier.OrderId, cancellationToken);
        if (order is null)
        {
            // Deleted before its lines were noted out: its OrderPlaced event takes them out; nothing here knows them.
            await cart.NoteTakenAsync(earlier.CartId, earlier.OrderId, cartVersion: 0, cancellationToken);
        }
        else
        {
            await cart.TakeOutAsync(order, cancellationToken);
        }
    }

    /// <summary>
    /// Refuses the request, unless a concurrent request with the same key placed its order after the first
    /// look-up: that order's take-out is what emptied the cart, so it is visible by now and is the answer.
    /// </summary>
    private async Task<PlacementOutcome> RefuseAsync(int customerId, string? key, ProblemHttpResult problem, CancellationToken cancellationToken) =>
        key is not null && await creation.FindByKeyAsync(customerId, key, cancellationToken) is { } earlier
            ? await AnswerAsync(earlier)
            : new PlacementOutcome(null, problem);
}

internal sealed record PlacementOutcome(Order? Order, ProblemHttpResult? Problem);
