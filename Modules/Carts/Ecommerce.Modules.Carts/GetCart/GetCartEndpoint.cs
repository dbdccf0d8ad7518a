using System.Security.Claims;
using Ecommerce.BuildingBlocks.Auth;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.Modules.Carts.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Ecommerce.Modules.Carts.GetCart;

internal sealed class GetCartEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/cart", HandleAsync)
            .WithName("GetCart")
            .WithSummary("The caller's cart; created empty on first use, and its cartId stays.");

    private static async Task<Ok<CartResponse>> HandleAsync(ClaimsPrincipal user, CartStore carts, CancellationToken cancellationToken)
    {
        var cart = await carts.ReadResponseAsync(user.UserId(), cancellationToken)
            ?? CartResponse.From((await carts.ChangeAsync(user.UserId(), _ => true, cancellationToken))!);
        return TypedResults.Ok(cart);
    }
}
