using System.Security.Claims;
using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.BuildingBlocks.Web;
using Ecommerce.Modules.Orders.Data;
using Ecommerce.Modules.Orders.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Ecommerce.Modules.Orders.DeleteOrder;

internal sealed class DeleteOrderEndpoint : IEndpoint
{
    private static readonly OrderStatus[] Deletable =
        [OrderStatus.Pending, OrderStatus.Confirmed, OrderStatus.Rejected, OrderStatus.Cancelled];

    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapDelete("/order/{id}", HandleAsync)
            .WithName("DeleteOrder")
            .WithSummary("Deletes an order that was never paid (Pending, Confirmed, Rejected, Cancelled), releasing any stock it holds.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    // Safe to repeat on a conflict: the order is read inside, and an order that can be deleted was never paid.
    private static Task<Results<Ok<MessageResponse>, ProblemHttpResult>> HandleAsync(
        int id, ClaimsPrincipal user, OrdersDbContext db, OrderCancellation cancellation, CancellationToken cancellationToken) =>
        db.WriteRetryingOnConflictAsync(token => DeleteAsync(id, user, db, cancellation, token), cancellationToken);

    private static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> DeleteAsync(
        int id, ClaimsPrincipal user, OrdersDbContext db, OrderCancellation cancellation, CancellationToken cancellationToken)
    {
        if (await db.FindVisibleAsync(id, user, cancellationToken) is not { } order)
        {
            return ApiProblems.NotFound(OrdersMessages.OrderNotFound);
        }

        if (!Deletable.Contains(order.Status))
        {
            return ApiProblems.Conflict(OrdersMessages.CannotDelete(order.Status));
        }

        if (cancellation.IsCheckingOut(order))
        {
            return ApiProblems.Conflict(OrdersMessages.CheckoutInProgress);
        }

        await cancellation.ReleaseAsync(order, cancellationToken);
        db.Orders.Remove(order);
        return TypedResults.Ok(new MessageResponse(OrdersMessages.OrderDeleted));
    }
}
