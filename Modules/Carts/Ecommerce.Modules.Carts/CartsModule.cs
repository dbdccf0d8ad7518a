using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.BuildingBlocks.Web;
using Ecommerce.Modules.Carts.AddItem;
using Ecommerce.Modules.Carts.CustomerCarts;
using Ecommerce.Modules.Carts.CartQueries;
using Ecommerce.Modules.Carts.Data;
using Ecommerce.Modules.Carts.GetCart;
using Ecommerce.Modules.Carts.Ordering;
using Ecommerce.Modules.Carts.Products;
using Ecommerce.Modules.Carts.RemoveItem;
using Ecommerce.Modules.Carts.UpdateItem;
using FluentValidation;
using MassTransit;
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

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<CartsDbContext, SqliteCartsDbContext, SqlServerCartsDbContext>(configuration, ModuleName);
        services.AddValidatorsFromAssemblyContaining<CartsModule>(includeInternalTypes: true);
        services.AddScoped<CartStore>();
        services.AddScoped<ProductCatalog>();
        services.AddIntegrationEventConsumer<OrderPlacedConsumer, CartsDbContext>(ModuleName);
    }

    public void AddRequestConsumers(IMediatorRegistrationConfigurator mediator) =>
        mediator.AddConsumer<GetCartLinesConsumer>();

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var cart = endpoints.MapGroup("").WithTags("Cart").WithMetadata(LegacyErrorKey.Instance).RequireSignedIn();
        AddItemEndpoint.Map(cart);
        GetCartEndpoint.Map(cart);
        UpdateItemEndpoint.Map(cart);
        RemoveItemEndpoint.Map(cart);
    }
}
