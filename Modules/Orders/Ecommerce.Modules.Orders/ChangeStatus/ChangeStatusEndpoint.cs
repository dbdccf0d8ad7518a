using System.Security.Claims;
using Ecommerce.BuildingBlocks.Auth;
using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.BuildingBlocks.Validation;
using Ecommerce.BuildingBlocks.Web;
using Ecommerce.Modules.Orders.CustomerOrders;
using Ecommerce.Modules.Orders.Data;
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
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static Task<Results<Ok<MessageResponse>, ProblemHttpResult>> HandleAsync(
        int id, ChangeStatusRequest request, ClaimsPrincipal user, OrdersDbContext db, OrderCancellation cancellation, CancellationToken cancellationToken) =>
        db.RetryOnConflictAsync(
            attempt => db.InWriteTransactionAsync<Results<Ok<MessageResponse>, ProblemHttpResult>>(
                async token =>
                {
                    if (await db.FindVisibleAsync(id, user, token) is not { } order)
                    {
                        return ApiProblems.NotFound(OrdersMessages.OrderNotFound);
                    }

                    var target = request.Target;
                    switch (StatusMoves.Judge(order.Status, target, order.CustomerId == user.UserId(), user.IsAdmin()))
                    {
                        case MoveVerdict.Forbidden:
                            return ApiProblems.Problem(StatusCodes.Status403Forbidden, "Forbidden");
                        case MoveVerdict.NotAMove:
                            return ApiProblems.Conflict(OrdersMessages.CannotChange(order.Status, target));
                    }

                    if (target == OrderStatus.Cancelled)
                    {
                        await cancellation.CancelAsync(order, token);
                    }
                    else
                    {
                        order.MoveTo(target);
                    }

                    return TypedResults.Ok(new MessageResponse(OrdersMessages.StatusUpdated));
                },
                attempt),
            cancellationToken);
}
