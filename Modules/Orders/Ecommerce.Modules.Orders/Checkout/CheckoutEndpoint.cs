using System.Security.Claims;
using Ecommerce.BuildingBlocks.Auth;
using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.BuildingBlocks.Web;
using Ecommerce.Modules.Orders.Contracts;
using Ecommerce.Modules.Orders.Data;
using Ecommerce.Modules.Orders.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Orders.Checkout;

internal sealed class CheckoutEndpoint : IEndpoint
{
    private const string Summary = "Pays for a Confirmed order (the owner only); repeating it for a paid order answers 200 and charges nothing.";

    public void Map(IEndpointRouteBuilder endpoints)
    {
        Document(endpoints.MapGet("/orders/{id}/checkout", HandleAsync).WithName("Checkout"));
        Document(endpoints.MapPost("/orders/{id}/checkout", HandleAsync).WithName("CheckoutPost"));
    }

    private static void Document(RouteHandlerBuilder endpoint) =>
        endpoint.WithSummary(Summary)
            .ProducesProblem(StatusCodes.Status402PaymentRequired)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    // Read and charged inside the write transaction: two concurrent checkouts of one order queue, and only the first charges.
    private static Task<Results<Ok<MessageResponse>, ProblemHttpResult>> HandleAsync(
        int id, ClaimsPrincipal user, OrdersDbContext db, IPaymentGateway payments, CancellationToken cancellationToken) =>
        db.WriteAsync(token => PayAsync(id, user, db, payments, token), cancellationToken);

    private static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> PayAsync(
        int id, ClaimsPrincipal user, OrdersDbContext db, IPaymentGateway payments, CancellationToken cancellationToken)
    {
        var order = await db.Orders.FirstOrDefaultAsync(order => order.Id == id, cancellationToken);
        if (order is null || order.CustomerId != user.UserId())
        {
            return ApiProblems.NotFound(OrdersMessages.OrderNotFound);
        }

        switch (order.Status)
        {
            case OrderStatus.Paid or OrderStatus.Shipped or OrderStatus.Delivered:
                return TypedResults.Ok(new MessageResponse(OrdersMessages.CheckedOut));
            case not OrderStatus.Confirmed:
                return ApiProblems.Conflict(OrdersMessages.NotReadyForCheckout);
        }

        if (!await payments.ChargeAsync(order.Id, order.CustomerId, order.Total, cancellationToken))
        {
            return ApiProblems.Problem(StatusCodes.Status402PaymentRequired, OrdersMessages.PaymentDeclined);
        }

        order.MoveTo(OrderStatus.Paid);
        db.PublishIntegrationEvent(new OrderPaid(order.Id, order.CustomerId, order.Total), order.Id);
        return TypedResults.Ok(new MessageResponse(OrdersMessages.CheckedOut));
    }
}
