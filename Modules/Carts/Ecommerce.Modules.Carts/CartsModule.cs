using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.BuildingBlocks.Web;
using Ecommerce.Modules.Carts.Data;
using Ecommerce.Modules.Carts.Domain;
using Ecommerce.Modules.Carts.RemoveOrderedItems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Carts;

/// <summary>One cart per customer; lines checked against the catalog; emptied of what gets ordered.</summary>
public sealed class CartsModule : IModule
{
    public const string ModuleName = "carts";

    public string Name => ModuleName;

    public IReadOnlyList<string> PublicPaths => ["/cart"];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<CartsDbContext, SqliteCartsDbContext, SqlServerCartsDbContext>(configuration, ModuleName);
        services.AddScoped<CartStore>();
        services.AddScoped<ProductCatalog>();
        services.AddScoped<OrderedLines>();
    }

    public void ConfigureEndpoints(RouteGroupBuilder endpoints) =>
        endpoints.WithTags("Cart").WithMetadata(LegacyErrorKey.Instance).RequireSignedIn();
}
