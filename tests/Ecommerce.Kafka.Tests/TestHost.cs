using Ecommerce.Testing;

[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: Ecommerce.Testing.ShuffledOrder]

namespace Ecommerce.Kafka.Tests;

/// <summary>The Kafka host and mock cluster that fixtures without special needs share.</summary>
[SetUpFixture]
public sealed class TestHost
{
    public static HostPool Pool => HostPool.Shared;

    [OneTimeTearDown]
    public async Task Stop() => await HostPool.Shared.DisposeAsync();
}
