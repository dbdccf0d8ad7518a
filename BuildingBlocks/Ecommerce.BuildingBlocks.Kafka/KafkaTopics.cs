using Ecommerce.BuildingBlocks.Modules;

namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>One topic per module, <c>ecommerce.&lt;module&gt;</c>, carrying the events of its contracts; a dead-letter topic beside each.</summary>
public static class KafkaTopics
{
    private const string Prefix = "ecommerce.";

    public static string Of(string module) => Prefix + module;

    public static string DeadLetterOf(string topic) => topic + ".dlt";

    /// <summary>The consumer group of a module: every module reads each topic once.</summary>
    public static string GroupOf(string module) => Prefix + module;

    /// <summary>
    /// The topic an integration event travels on: that of the module whose contracts declare it (a module publishes
    /// only its own contracts). The producer and the consumers' subscriptions both ask here, by the event's type name.
    /// </summary>
    public static string Carrying(string messageType) =>
        Of(ModuleNames.OwnerOfContract(messageType)
            ?? throw new InvalidOperationException($"{messageType} is in no module's contracts (Ecommerce.Modules.<M>.Contracts): it has no topic."));
}
