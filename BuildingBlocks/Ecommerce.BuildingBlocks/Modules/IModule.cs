using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.BuildingBlocks.Modules;

/// <summary>
/// The seam between the host and a module. The host lists its modules explicitly; the seam finds each one's
/// endpoints, validators and consumers by itself (<see cref="ModuleConventions"/>), so the module only says
/// what is particular to it.
/// </summary>
public interface IModule
{
    /// <summary>Lower-case module name: its namespace's last part, its database schema, its Kafka topic suffix.</summary>
    string Name { get; }

    /// <summary>The module's own services: its database (<c>AddModuleDatabase</c>) and what no convention finds.</summary>
    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>
    /// The path prefixes of the module's public endpoints (<c>/cart</c> covers <c>/cart</c> and <c>/cart/...</c>): a host
    /// that does not run the module forwards requests under them to the host that does.
    /// </summary>
    IReadOnlyList<string> PublicPaths => [];

    /// <summary>What every endpoint of the module shares (tags, authorization, metadata), set on its route group.</summary>
    void ConfigureEndpoints(RouteGroupBuilder endpoints)
    {
    }
}
