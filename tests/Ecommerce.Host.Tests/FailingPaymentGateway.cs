using Ecommerce.Modules.Orders.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Host.Tests;

/// <summary>A gateway that breaks the way infrastructure breaks: with an exception full of internals.</summary>
internal sealed class FailingPaymentGateway : IPaymentGateway
{
    public Task<bool> ChargeAsync(int orderId, int customerId, decimal amount, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("System.Data.SqlClient timeout at /srv/secret/path.cs line 42");

    public Task RefundAsync(int orderId, int customerId, decimal amount, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}

internal static class FailingPaymentGatewayRegistration
{
    public static void AddFailingPaymentGateway(this IServiceCollection services) =>
        services.AddSingleton<IPaymentGateway, FailingPaymentGateway>();
}
