using Ecommerce.Testing;

[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: Ecommerce.Testing.ShuffledOrder]

namespace Ecommerce.Modules.Carts.Tests;

/// <summary>The hosts (one per transport) that every fixture of this assembly shares.</summary>
[SetUpFixture]
public sealed class TestHost
{
    [OneTimeTearDown]
    public async Task Stop() => await HostPool.Shared.DisposeAsync();
}
