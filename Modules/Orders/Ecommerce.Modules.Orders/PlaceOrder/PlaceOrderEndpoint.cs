using System.Security.Claims;
using Ecommerce.BuildingBlocks.Auth;
using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.Modules.Orders.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Ecommerce.Modules.Orders.PlaceOrder;

internal sealed class PlaceOrderEndpoint : IEndpoint
{
    public const string IdempotencyHeader = "Idempotency-Key";
    private const int MaxKeyLength = 100;

    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/order", HandleAsync)
            .WithName("PlaceOrder")
            .WithSummary("Places an order from the caller's cart at today's catalog prices. Status starts Pending; "
                + "the catalog then reserves stock and the order becomes Confirmed or Rejected. "
                + "The ordered lines leave the cart before the answer; concurrent requests for one cart's content place one order. "
                + "A retry with the same Idempotency-Key returns the first order and creates nothing.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static async Task<Results<Ok<OrderResponse>, ProblemHttpResult, ValidationProblem>> HandleAsync(
        [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey,
        ClaimsPrincipal user,
        OrderPlacement placement,
        CancellationToken cancellationToken)
    {
        if (idempotencyKey is not null && idempotencyKey.Length is 0 or > MaxKeyLength)
        {
            return ApiProblems.Validation(IdempotencyHeader, $"The {IdempotencyHeader} header must be 1-{MaxKeyLength} characters.");
        }

        var outcome = await placement.PlaceAsync(user.UserId(), idempotencyKey, cancellationToken);
        return outcome.Order is { } order ? TypedResults.Ok(OrderResponse.From(order)) : outcome.Problem!;
    }
}
