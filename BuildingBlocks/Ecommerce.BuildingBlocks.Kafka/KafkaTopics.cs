namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>One topic per publishing module, <c>ecommerce.&lt;module&gt;</c>, and a dead-letter topic beside each.</summary>
public static class KafkaTopics
{
    private const string Prefix = "ecommerce.";
    private const string ContractsNamespace = "Ecommerce.Modules.";

    public static string Of(string module) => Prefix + module;

    public static string DeadLetterOf(string topic) => topic + ".dlt";

    /// <summary>The consumer group of a module: every module reads each topic once.</summary>
    public static string GroupOf(string module) => Prefix + module;

    /// <summary>The topic an event travels on: its publishing module's, read from its contract namespace (Ecommerce.Modules.&lt;M&gt;.Contracts).</summary>
    public static string Carrying(Type messageType)
    {
        var ns = messageType.Namespace ?? "";
        if (!ns.StartsWith(ContractsNamespace, StringComparison.Ordinal) || !ns.EndsWith(".Contracts", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{messageType.FullName} is not in a module's Contracts namespace.");
        }

        return Of(ns[ContractsNamespace.Length..^".Contracts".Length].ToLowerInvariant());
    }
}
