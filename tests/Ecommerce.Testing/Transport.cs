namespace Ecommerce.Testing;

/// <summary>How integration events travel in a test host.</summary>
public enum Transport
{
    InProcess,
    Kafka,

    /// <summary>Split over two hosts joined by Kafka, the catalog on a host of its own; tests talk to the other host.</summary>
    SplitCatalogApart,

    /// <summary>Split over two hosts joined by Kafka, the orders module on a host of its own; tests talk to the other host.</summary>
    SplitOrdersApart,
}

public static class Transports
{
    /// <summary>Fixture arguments for tests that must hold on every transport: [TestFixtureSource(typeof(Transports), nameof(All))].</summary>
    public static readonly object[] All = [Transport.InProcess, Transport.Kafka];

    /// <summary>Every transport, and the two split placements (<see cref="SplitDeployment"/>), for the suites that must also hold split.</summary>
    public static readonly object[] AllAndSplit = [Transport.InProcess, Transport.Kafka, Transport.SplitCatalogApart, Transport.SplitOrdersApart];
}
