using System.Security.Claims;
using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.BuildingBlocks.Web;
using Ecommerce.Modules.Orders.CustomerOrders;
using Ecommerce.Modules.Orders.Data;
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
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static Task<Results<Ok<MessageResponse>, ProblemHttpResult>> HandleAsync(
        int id, ClaimsPrincipal user, OrdersDbContext db, OrderCancellation cancellation, CancellationToken cancellationToken) =>
        db.RetryOnConflictAsync(
            attempt => db.InWriteTransactionAsync<Results<Ok<MessageResponse>, ProblemHttpResult>>(
                async token =>
                {
                    if (await db.FindVisibleAsync(id, user, token) is not { } order)
                    {
                        return ApiProblems.NotFound(OrdersMessages.OrderNotFound);
                    }

                    if (!Deletable.Contains(order.Status))
                    {
                        return ApiProblems.Conflict(OrdersMessages.CannotDelete(order.Status));
                    }

                    await cancellation.ReleaseAsync(order, token);
                    db.Orders.Remove(order);
                    return TypedResults.Ok(new MessageResponse(OrdersMessages.OrderDeleted));
                },
                attempt),
            cancellationToken);
}
