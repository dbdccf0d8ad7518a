using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.BuildingBlocks.Messaging.Outbox;
using MassTransit;
using MassTransit.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ecommerce.Testing.Faults;

/// <summary>
/// Puts fault plans in front of a host's real messaging, from EcommerceApp's <c>configureServices</c>:
/// <c>new EcommerceApp(configureServices: services => services.InjectOutboxFaults(faults))</c>.
/// </summary>
public static class FaultInjection
{
    /// <summary>Wraps the registered outbox transport (in process or Kafka) so that <paramref name="faults"/> decide what gets through.</summary>
    public static IServiceCollection InjectOutboxFaults(this IServiceCollection services, OutboxFaults faults) =>
        services.Decorate<IOutboxTransport>(inner => new FaultyOutboxTransport(inner, faults));

    /// <summary>Wraps every integration-event consumer so that <paramref name="faults"/> can hold, slow or fail its deliveries.</summary>
    public static IServiceCollection InjectConsumerFaults(this IServiceCollection services, ConsumerFaults faults) =>
        services.Decorate<IConsumerSubscription>(inner => new FaultyConsumerSubscription(inner, faults));

    /// <summary>Puts <paramref name="faults"/> in front of the host's requests of this type to another module of the same host (the mediator's client).</summary>
    public static IServiceCollection InjectRequestFaults<TRequest>(this IServiceCollection services, RequestFaults faults)
        where TRequest : class =>
        // A closed registration wins over MassTransit's open IRequestClient<>; the real client is made the way MassTransit makes it.
        services.AddScoped<IRequestClient<TRequest>>(provider => new FaultyRequestClient<TRequest>(
            ActivatorUtilities.CreateInstance<GenericRequestClient<TRequest>>(provider),
            faults,
            provider.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping));

    /// <summary>
    /// Lets <paramref name="faults"/> fail the commands of the DbContext registered as <typeparamref name="TContext"/> (a
    /// module's provider-specific context, such as SqliteOrdersDbContext): EF adds the interceptor to its options.
    /// </summary>
    public static IServiceCollection InjectDatabaseFaults<TContext>(this IServiceCollection services, DatabaseFaults faults)
        where TContext : DbContext =>
        services.ConfigureDbContext<TContext>(options => options.AddInterceptors(faults), ServiceLifetime.Scoped);
}
