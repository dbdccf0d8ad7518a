using System.Security.Claims;
using Ecommerce.BuildingBlocks.Auth;
using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Web;
using Ecommerce.Modules.Carts.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Ecommerce.Modules.Carts.RemoveItem;

internal sealed class RemoveItemEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapDelete("/cart/{id}", HandleAsync)
            .WithName("DeleteCartItem")
            .WithSummary("Removes the line for product {id} from the caller's cart.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> HandleAsync(
        int id, ClaimsPrincipal user, CartStore carts, CancellationToken cancellationToken)
    {
        var removed = await carts.ChangeAsync(
            user.UserId(),
            cart =>
            {
                if (cart.Find(id) is not { } item)
                {
                    return false;
                }

                cart.Remove(item);
                return true;
            },
            cancellationToken);

        return removed is not null
            ? TypedResults.Ok(new MessageResponse(CartsMessages.ItemDeleted))
            : ApiProblems.NotFound(CartsMessages.ItemNotFound);
    }
}
