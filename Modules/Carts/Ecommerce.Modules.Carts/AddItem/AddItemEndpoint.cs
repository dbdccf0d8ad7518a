using System.Security.Claims;
using Ecommerce.BuildingBlocks.Auth;
using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Validation;
using Ecommerce.Modules.Carts.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Ecommerce.Modules.Carts.AddItem;

internal sealed class AddItemEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/cart", HandleAsync)
            .WithName("AddToCart")
            .WithSummary("Adds a quantity of a product to the caller's cart; a product already there adds to its line.")
            .WithValidation<AddItemRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Ok<CartResponse>, ProblemHttpResult>> HandleAsync(
        AddItemRequest request, ClaimsPrincipal user, ProductCatalog catalog, CartStore carts, CancellationToken cancellationToken)
    {
        var productId = request.ProductId!.Value;
        var product = await catalog.FindAsync(productId, cancellationToken);
        if (product is null)
        {
            return ApiProblems.NotFound(CartsMessages.ProductNotFound);
        }

        var cart = await carts.ChangeAsync(
            user.UserId(),
            cart =>
            {
                var inCart = cart.Find(productId)?.Quantity ?? 0;
                if (inCart + request.Quantity!.Value > product.Stock)
                {
                    return false;
                }

                cart.Add(productId, request.Quantity.Value);
                return true;
            },
            cancellationToken);

        return cart is null
            ? ApiProblems.Conflict(CartsMessages.InsufficientStock)
            : TypedResults.Ok(CartResponse.From(cart));
    }
}
