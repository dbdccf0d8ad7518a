using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.BuildingBlocks.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ecommerce.BuildingBlocks.Kafka;

public static class KafkaRegistration
{
    /// <summary>Outboxes produce to Kafka and inboxes consume from it; no module changes.</summary>
    public static IServiceCollection AddKafkaTransport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(KafkaOptions.From(configuration));
        services.AddSingleton<KafkaConnection>();
        services.AddSingleton<KafkaProducer>();
        services.AddSingleton<KafkaTopicInitializer>();
        services.AddSingleton<KafkaConsumerStates>();
        services.AddSingleton<IConsumerLoops, ModuleConsumerLoops>();
        services.Replace(ServiceDescriptor.Singleton<IOutboxTransport, KafkaOutboxTransport>());
        services.AddHostedService<KafkaInbox>();
        services.AddSingleton<KafkaHealthCheck>();
        services.AddHostedService(provider => provider.GetRequiredService<KafkaHealthCheck>());
        services.AddHealthChecks()
            .AddCheck<KafkaHealthCheck>("kafka", tags: [HealthTags.Ready])
            .AddCheck<KafkaConsumersHealthCheck>("kafka-consumers", tags: [HealthTags.Ready]);
        return services;
    }
}
