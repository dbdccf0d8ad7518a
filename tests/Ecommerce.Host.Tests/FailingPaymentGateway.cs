using Ecommerce.Modules.Orders.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Host.Tests;

/// <summary>A gateway that breaks the way infrastructure breaks: with an exception full of internals, on charges, refunds or both.</summary>
internal sealed class FailingPaymentGateway(bool failCharges, bool failRefunds) : IPaymentGateway
{
    private const string Internals = "System.Data.SqlClient timeout at /srv/secret/path.cs line 42";

    public Task<bool> ChargeAsync(int orderId, int customerId, decimal amount, CancellationToken cancellationToken) =>
        failCharges ? throw new InvalidOperationException(Internals) : Task.FromResult(true);

    public Task RefundAsync(int orderId, int customerId, decimal amount, CancellationToken cancellationToken) =>
        failRefunds ? throw new InvalidOperationException(Internals) : Task.CompletedTask;
}

internal static class FailingPaymentGatewayRegistration
{
    public static void AddFailingPaymentGateway(this IServiceCollection services, bool failCharges = true, bool failRefunds = false) =>
        services.AddSingleton<IPaymentGateway>(new FailingPaymentGateway(failCharges, failRefunds));
}
