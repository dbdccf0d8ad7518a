using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Placement;
using Ecommerce.Host;
using Ecommerce.Host.Setup;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Ecommerce.ArchitectureTests;

/// <summary>
/// The host's services as Program registers them, built but never started: nothing is migrated, no database is opened.
/// What it holds is what the running host would have wired.
/// </summary>
internal static class WiredHost
{
    private static readonly Lazy<WebApplication> Built = new(Build);

    public static WebApplication App => Built.Value;

    public static IReadOnlyList<IModule> Modules => HostModules.All;

    public static IModule ModuleOf(ModuleAssembly module) =>
        Modules.Single(candidate => candidate.GetType().Assembly == module.Assembly);

    /// <summary>A fresh application with the host's services and no endpoints, to map endpoints into one by one.</summary>
    public static WebApplication Build()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Jwt:SigningKey"] = new string('k', 48),
            ["Database:DataDirectory"] = Path.Combine(Path.GetTempPath(), "ecommerce-architecture-tests"),
        });
        builder.AddEcommerce(ModulePlacement.From(builder.Configuration, HostModules.All), HostModules.All);
        return builder.Build();
    }
}
