using Ecommerce.BuildingBlocks.Messaging.Admin;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.BuildingBlocks.Messaging.Telemetry;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ecommerce.BuildingBlocks.Messaging;

public static class MessagingRegistration
{
    /// <summary>Outbox, inbox and the in-process transport; a Kafka transport replaces the latter when configured.</summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(MessagingOptions.From(configuration));
        services.AddMetrics();
        services.AddSingleton<MessagingMetrics>();
        services.AddSingleton<IntegrationEventConsumers>();
        services.AddDeadLetterAdmin();
        services.AddSingleton<IOutboxTransport, InProcessTransport>();
        return services;
    }

    /// <summary>Registers a MassTransit consumer of integration events, run through <typeparamref name="TContext"/>'s inbox.</summary>
    public static IServiceCollection AddIntegrationEventConsumer<TConsumer, TContext>(this IServiceCollection services, string module)
        where TConsumer : class, IConsumer
        where TContext : DbContext
    {
        services.TryAddScoped<TConsumer>();
        services.AddSingleton<IConsumerSubscription>(provider =>
            new ConsumerSubscription<TConsumer, TContext>(
                provider.GetRequiredService<IServiceScopeFactory>(), provider.GetRequiredService<TimeProvider>(), module));
        return services;
    }

    internal static void AddIntegrationEventConsumer(this IServiceCollection services, Type consumer, Type context, string module) =>
        typeof(MessagingRegistration).GetMethod(nameof(AddIntegrationEventConsumer), [typeof(IServiceCollection), typeof(string)])!
            .MakeGenericMethod(consumer, context)
            .Invoke(null, [services, module]);

    internal static void AddOutbox<TContext>(this IServiceCollection services, string module)
        where TContext : DbContext
    {
        services.AddSingleton<OutboxSignal<TContext>>();
        services.AddSingleton<OutboxWakeUpInterceptor<TContext>>();
        services.AddHostedService(provider => ActivatorUtilities.CreateInstance<OutboxDispatcher<TContext>>(provider, module));
        services.AddHostedService(provider => ActivatorUtilities.CreateInstance<MessagingCleanup<TContext>>(provider, module));
    }
}
