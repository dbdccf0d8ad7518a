using NUnit.Framework;

namespace Ecommerce.Testing;

/// <summary>
/// Base of the API fixtures: the shared host of the fixture's transport and its signed-in admin.
/// Derived fixtures carry [TestFixtureSource(typeof(Transports), nameof(Transports.All))].
/// </summary>
public abstract class ApiFixture(Transport transport)
{
    protected EcommerceApp App { get; private set; } = null!;

    protected TestUser Admin { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task ConnectAsync()
    {
        App = await HostPool.Shared.GetAsync(transport);
        Admin = await App.AdminAsync();
    }
}
