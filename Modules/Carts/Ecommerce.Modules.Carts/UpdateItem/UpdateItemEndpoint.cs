using System.Security.Claims;
using Ecommerce.BuildingBlocks.Auth;
using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Validation;
using Ecommerce.BuildingBlocks.Web;
using Ecommerce.Modules.Carts.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Ecommerce.Modules.Carts.UpdateItem;

internal sealed class UpdateItemEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPatch("/cart/{id}", HandleAsync)
            .WithName("UpdateCartItem")
            .WithSummary("Sets the quantity of the line for product {id} in the caller's cart.")
            .WithValidation<UpdateItemRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> HandleAsync(
        int id, UpdateItemRequest request, ClaimsPrincipal user, ProductCatalog catalog, CartStore carts, CancellationToken cancellationToken)
    {
        var cart = await carts.ReadAsync(user.UserId(), cancellationToken);
        if (cart?.Find(id) is null)
        {
            return ApiProblems.NotFound(CartsMessages.ItemNotFound);
        }

        var quantity = request.Qty!.Value;
        var stock = (await catalog.FindAsync(id, cancellationToken))?.Stock ?? 0;
        if (quantity > stock)
        {
            return ApiProblems.Conflict(CartsMessages.InsufficientStock);
        }

        var updated = await carts.ChangeAsync(
            user.UserId(),
            cart =>
            {
                if (cart.Find(id) is not { } item)
                {
                    return false;
                }

                cart.SetQuantity(item, quantity);
                return true;
            },
            cancellationToken);

        return updated is not null
            ? TypedResults.Ok(new MessageResponse(CartsMessages.CartUpdated))
            : ApiProblems.NotFound(CartsMessages.ItemNotFound);
    }
}
