namespace Ecommerce.Testing;

/// <summary>How integration events travel in a test host.</summary>
public enum Transport
{
    InProcess,
    Kafka,
}

public static class Transports
{
    /// <summary>Fixture arguments for tests that must hold on every transport: [TestFixtureSource(typeof(Transports), nameof(All))].</summary>
    public static readonly object[] All = [Transport.InProcess, Transport.Kafka];
}
