namespace Ecommerce.BuildingBlocks.Kafka;

/// <summary>A module's consuming loop: blocking, until stopped, or until it dies with an exception.</summary>
internal interface IConsumerLoop
{
    void Run(CancellationToken stopping);
}
