using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Microsoft.Extensions.DependencyInjection;

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
}
