namespace Ecommerce.Modules.Orders.Domain;

/// <summary>
/// Takes and gives back customers' money. Calls carry the order id as their idempotency key, so a
/// real gateway charges an order once even if a call is repeated after a crash.
/// </summary>
internal interface IPaymentGateway
{
    Task<bool> ChargeAsync(int orderId, int customerId, decimal amount, CancellationToken cancellationToken);

    Task RefundAsync(int orderId, int customerId, decimal amount, CancellationToken cancellationToken);
}

/// <summary>The default gateway: every charge is accepted. Replace it to take real payments.</summary>
internal sealed class AcceptingPaymentGateway : IPaymentGateway
{
    public Task<bool> ChargeAsync(int orderId, int customerId, decimal amount, CancellationToken cancellationToken) =>
        Task.FromResult(true);

    public Task RefundAsync(int orderId, int customerId, decimal amount, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
