using System.Security.Claims;
using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.Modules.Orders.Data;
using Ecommerce.Modules.Orders.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Ecommerce.Modules.Orders.GetOrder;

internal sealed class GetOrderEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/order/{id}", HandleAsync)
            .WithName("GetOrder")
            .WithSummary("One order of the caller's (any order, for an admin).")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> HandleAsync(
        int id, ClaimsPrincipal user, OrdersDbContext db, CancellationToken cancellationToken) =>
        await db.FindVisibleAsync(id, user, cancellationToken) is { } order
            ? TypedResults.Ok(OrderResponse.From(order))
            : ApiProblems.NotFound(OrdersMessages.OrderNotFound);
}
