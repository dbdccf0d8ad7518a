using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Catalog.Data;
using Ecommerce.Modules.Catalog.Products.CreateProduct;
using Ecommerce.Modules.Catalog.Products.DeleteProduct;
using Ecommerce.Modules.Catalog.Products.ProductQueries;
using Ecommerce.Modules.Catalog.Products.GetProduct;
using Ecommerce.Modules.Catalog.Products.GetStock;
using Ecommerce.Modules.Catalog.Products.ListProducts;
using Ecommerce.Modules.Catalog.Products.UpdateProduct;
using Ecommerce.Modules.Catalog.Stock;
using FluentValidation;
using MassTransit;
using Microsoft.AspNetCore.Builder;
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

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<CatalogDbContext, SqliteCatalogDbContext, SqlServerCatalogDbContext>(configuration, ModuleName);
        services.AddValidatorsFromAssemblyContaining<CatalogModule>(includeInternalTypes: true);
        services.AddScoped<StockLedger>();
        services.AddIntegrationEventConsumer<OrderPlacedConsumer, CatalogDbContext>(ModuleName);
        services.AddIntegrationEventConsumer<OrderCancelledConsumer, CatalogDbContext>(ModuleName);
    }

    public void AddRequestConsumers(IMediatorRegistrationConfigurator mediator) =>
        mediator.AddConsumer<FindProductsConsumer>();

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var catalog = endpoints.MapGroup("").WithTags("Catalog");
        CreateProductEndpoint.Map(catalog);
        UpdateProductEndpoint.Map(catalog);
        DeleteProductEndpoint.Map(catalog);
        ListProductsEndpoint.Map(catalog);
        GetProductEndpoint.Map(catalog);
        GetStockEndpoint.Map(catalog);
    }
}
