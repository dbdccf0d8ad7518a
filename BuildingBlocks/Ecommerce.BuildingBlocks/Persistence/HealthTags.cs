namespace Ecommerce.BuildingBlocks.Persistence;

public static class HealthTags
{
    /// <summary>Checks that must pass before the host takes traffic: databases, and Kafka when it is the transport.</summary>
    public const string Ready = "ready";
}
