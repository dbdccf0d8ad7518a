using Ecommerce.Modules.Orders.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ecommerce.Modules.Orders.ExpireOrders;

/// <summary>Every <c>Orders:SweepInterval</c>, deals with the orders that waited too long (<see cref="OverdueOrders"/>).</summary>
internal sealed class OrderSweeper(IServiceScopeFactory scopes, OrdersOptions options, TimeProvider time, ILogger<OrderSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.SweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OverdueOrders>().SweepAsync(stoppingToken);
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(error, "Looking for overdue orders failed; trying again in {Interval}", options.SweepInterval);
            }
        }
    }
}
