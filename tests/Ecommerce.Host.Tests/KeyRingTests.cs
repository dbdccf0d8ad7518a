using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ecommerce.Host.Tests;

/// <summary>
/// Bearer tokens need no data-protection keys: the host does not read or write a key ring when it starts (which loaded
/// the XML stack, a few MB of memory, and wrote keys under the user's profile).
/// </summary>
public sealed class KeyRingTests
{
    [Test]
    public void No_hosted_service_of_the_host_is_data_protections()
    {
        var assemblies = TestHost.App.Services.GetServices<IHostedService>().Select(service => service.GetType().Assembly.GetName().Name);

        Assert.That(assemblies, Has.None.EqualTo("Microsoft.AspNetCore.DataProtection"));
    }
}
