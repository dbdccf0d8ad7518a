using Ecommerce.Testing;

[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: Ecommerce.Testing.ShuffledOrder]

namespace Ecommerce.Modules.Catalog.Tests;

/// <summary>The one host every fixture of this assembly shares.</summary>
[SetUpFixture]
public sealed class TestHost
{
    public static EcommerceApp App { get; private set; } = null!;

    [OneTimeSetUp]
    public void Start()
    {
        App = new EcommerceApp();
        App.StartServer();
    }

    [OneTimeTearDown]
    public async Task Stop() => await App.DisposeAsync();
}
