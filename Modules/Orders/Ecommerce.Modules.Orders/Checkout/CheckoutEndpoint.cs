using System.Security.Claims;
using Ecommerce.BuildingBlocks.Auth;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Ecommerce.Modules.Orders.Checkout;

internal sealed class CheckoutEndpoint : IEndpoint
{
    private const string Summary = "Pays for a Confirmed order (the owner only), charging it at most once; "
        + "repeating it for a paid order answers 200 and charges nothing.";

    public void Map(IEndpointRouteBuilder endpoints)
    {
        Document(endpoints.MapGet("/orders/{id}/checkout", HandleAsync).WithName("Checkout"));
        Document(endpoints.MapPost("/orders/{id}/checkout", HandleAsync).WithName("CheckoutPost"));
    }

    private static void Document(RouteHandlerBuilder endpoint) =>
        endpoint.WithSummary(Summary)
            .ProducesProblem(StatusCodes.Status402PaymentRequired)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static Task<Results<Ok<MessageResponse>, ProblemHttpResult>> HandleAsync(
        int id, ClaimsPrincipal user, OrderPayment payment, CancellationToken cancellationToken) =>
        payment.PayAsync(id, user.UserId(), cancellationToken);
}
