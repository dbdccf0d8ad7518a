using System.Security.Claims;
using Ecommerce.BuildingBlocks.Auth;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Ecommerce.Modules.Users.Validate;

internal sealed class ValidateEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/validate", Handle)
            .WithName("Validate")
            .WithSummary("Tells who the bearer token belongs to.")
            .WithNoStore()
            .RequireSignedIn();

    private static Ok<ValidateResponse> Handle(ClaimsPrincipal user) =>
        TypedResults.Ok(new ValidateResponse(new TokenUser(user.UserId(), user.FindFirstValue(JwtClaimNames.Email) ?? "")));
}

internal sealed record ValidateResponse(TokenUser User);

internal sealed record TokenUser(int Id, string Email);
