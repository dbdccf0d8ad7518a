using System.Security.Claims;
using Ecommerce.BuildingBlocks.Auth;
using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.BuildingBlocks.Validation;
using Ecommerce.BuildingBlocks.Web;
using Ecommerce.Modules.Orders.Data;
using Ecommerce.Modules.Orders.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Ecommerce.Modules.Orders.ChangeStatus;

internal sealed class ChangeStatusEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPatch("/order/{id}", HandleAsync)
            .WithName("ChangeOrderStatus")
            .WithSummary("Moves an order along the status table: the owner or an admin cancels; an admin ships, delivers and refunds.")
            .WithValidation<ChangeStatusRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    // Safe to repeat on a conflict: the order is read inside, and a refund is keyed by the order id. The order's status
    // and checkout claim are concurrency tokens: a move commits only if neither changed since it was read.
    private static Task<Results<Ok<MessageResponse>, ProblemHttpResult>> HandleAsync(
        int id, ChangeStatusRequest request, ClaimsPrincipal user, OrdersDbContext db, OrderCancellation cancellation, CancellationToken cancellationToken) =>
        db.WriteRetryingOnConflictAsync(token => MoveAsync(id, request.Target, user, db, cancellation, token), cancellationToken);

    private static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> MoveAsync(
        int id, OrderStatus target, ClaimsPrincipal user, OrdersDbContext db, OrderCancellation cancellation, CancellationToken cancellationToken)
    {
        if (await db.FindVisibleAsync(id, user, cancellationToken) is not { } order)
        {
            return ApiProblems.NotFound(OrdersMessages.OrderNotFound);
        }

        switch (StatusMoves.Judge(order.Status, target, order.CustomerId == user.UserId(), user.IsAdmin()))
        {
            case MoveVerdict.Forbidden:
                return ApiProblems.Problem(StatusCodes.Status403Forbidden, "Forbidden");
            case MoveVerdict.NotAMove:
                return ApiProblems.Conflict(OrdersMessages.CannotChange(order.Status, target));
        }

        if (target == OrderStatus.Cancelled)
        {
            if (cancellation.IsCheckingOut(order))
            {
                return ApiProblems.Conflict(OrdersMessages.CheckoutInProgress);
            }

            await cancellation.CancelAsync(order, cancellationToken);
        }
        else
        {
            order.MoveTo(target);
        }

        return TypedResults.Ok(new MessageResponse(OrdersMessages.StatusUpdated));
    }
}
