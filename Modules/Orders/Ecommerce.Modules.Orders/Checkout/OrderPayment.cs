using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.BuildingBlocks.Web;
using Ecommerce.Modules.Orders.Contracts;
using Ecommerce.Modules.Orders.Data;
using Ecommerce.Modules.Orders.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Ecommerce.Modules.Orders.Checkout;

/// <summary>
/// Pays for an order at most once: claim it (a conditional update from Confirmed), charge outside any transaction with
/// the order id as the gateway's idempotency key, then settle (Paid and OrderPaid, only while the claim is still ours)
/// or give the claim back. While claimed the order stays Confirmed to the API, and cancelling or deleting it is refused.
/// </summary>
internal sealed class OrderPayment(
    OrdersDbContext db, OrderClaims claims, IPaymentGateway payments, OrdersOptions options, TimeProvider time, ILogger<OrderPayment> logger)
{
    public async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> PayAsync(int orderId, int customerId, CancellationToken cancellationToken)
    {
        var claim = Guid.NewGuid();
        if (!await claims.ClaimAsync(orderId, customerId, claim, cancellationToken))
        {
            return await WhyNotAsync(orderId, customerId, cancellationToken);
        }

        // Claimed: from here on the client hanging up changes nothing, the charge is seen through to its end.
        var order = await db.Orders.AsNoTracking().FirstAsync(order => order.Id == orderId, CancellationToken.None);
        bool accepted;
        try
        {
            using var timeout = new CancellationTokenSource(options.CheckoutTimeout, time);
            accepted = await payments.ChargeAsync(order.Id, order.CustomerId, order.Total, timeout.Token);
        }
        catch (Exception error)
        {
            logger.LogWarning(error, "The payment gateway failed to charge order {OrderId}; the order stays Confirmed", orderId);
            await claims.GiveBackAsync(orderId, claim);
            return ApiProblems.Problem(StatusCodes.Status502BadGateway, OrdersMessages.PaymentFailed);
        }

        if (!accepted)
        {
            await claims.GiveBackAsync(orderId, claim);
            return ApiProblems.Problem(StatusCodes.Status402PaymentRequired, OrdersMessages.PaymentDeclined);
        }

        if (await SettleAsync(order, claim))
        {
            return TypedResults.Ok(new MessageResponse(OrdersMessages.CheckedOut));
        }

        // The claim was lost: the order was cancelled after this checkout was taken as abandoned. Give the money back.
        logger.LogError("Order {OrderId} was charged after its checkout was given up for abandoned; refunding", orderId);
        await payments.RefundAsync(order.Id, order.CustomerId, order.Total, CancellationToken.None);
        return ApiProblems.Conflict(OrdersMessages.NotReadyForCheckout);
    }

    /// <returns>Whether the order is paid: settled now, or by an earlier attempt whose commit was reported lost.</returns>
    private Task<bool> SettleAsync(Order order, Guid claim) =>
        db.WriteRetryingOnConflictAsync(
            async token =>
            {
                if (await claims.SettleAsync(order.Id, claim, token))
                {
                    db.PublishIntegrationEvent(new OrderPaid(order.Id, order.CustomerId, order.Total), order.Id);
                    return true;
                }

                return await db.Orders.AnyAsync(paid => paid.Id == order.Id && StatusGroups.Paid.Contains(paid.Status), token);
            },
            CancellationToken.None);

    private async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> WhyNotAsync(int orderId, int customerId, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(order => order.Id == orderId, cancellationToken);
        return order switch
        {
            null => ApiProblems.NotFound(OrdersMessages.OrderNotFound),
            _ when order.CustomerId != customerId => ApiProblems.NotFound(OrdersMessages.OrderNotFound),
            _ when StatusGroups.Paid.Contains(order.Status) => TypedResults.Ok(new MessageResponse(OrdersMessages.CheckedOut)),
            { Status: OrderStatus.Confirmed } when order.IsCheckingOut(time.GetUtcNow().UtcDateTime, options.CheckoutClaimLifetime) =>
                ApiProblems.Conflict(OrdersMessages.CheckoutInProgress),
            _ => ApiProblems.Conflict(OrdersMessages.NotReadyForCheckout),
        };
    }
}
