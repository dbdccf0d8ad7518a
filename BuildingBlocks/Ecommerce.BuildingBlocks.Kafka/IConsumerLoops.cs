namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>Makes the loop of a module's Kafka consumer; tests put faults between the supervisor and the real loop here.</summary>
internal interface IConsumerLoops
{
    IConsumerLoop Create(string module, IReadOnlyList<string> topics);
}
