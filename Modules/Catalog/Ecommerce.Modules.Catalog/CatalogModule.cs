using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Catalog.Data;
using Ecommerce.Modules.Catalog.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Catalog;

/// <summary>Products and their stock: public reads, admin writes, all-or-none reservations for orders.</summary>
public sealed class CatalogModule : IModule
{
    public const string ModuleName = "catalog";

    public string Name => ModuleName;

    public IReadOnlyList<string> PublicPaths => ["/product", "/products"];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<CatalogDbContext, SqliteCatalogDbContext, SqlServerCatalogDbContext>(configuration, ModuleName);
        services.AddScoped<StockLedger>();
    }

    public void ConfigureEndpoints(RouteGroupBuilder endpoints) => endpoints.WithTags("Catalog");
}
