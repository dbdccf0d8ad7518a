using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.BuildingBlocks.Web;
using Ecommerce.Modules.Orders.Checkout;
using Ecommerce.Modules.Orders.Data;
using Ecommerce.Modules.Orders.Domain;
using Ecommerce.Modules.Orders.ExpireOrders;
using Ecommerce.Modules.Orders.PlaceOrder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ecommerce.Modules.Orders;

/// <summary>Orders placed from carts, confirmed or rejected by the catalog's reservation, paid at checkout, shipped by admins.</summary>
public sealed class OrdersModule : IModule
{
    public const string ModuleName = "orders";

    public string Name => ModuleName;

    public IReadOnlyList<string> PublicPaths => ["/order", "/orders"];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<OrdersDbContext, SqliteOrdersDbContext, SqlServerOrdersDbContext>(configuration, ModuleName);
        services.AddSingleton(OrdersOptions.From(configuration));
        services.TryAddSingleton<IPaymentGateway, AcceptingPaymentGateway>();
        services.AddScoped<CustomerCart>();
        services.AddScoped<OrderCreation>();
        services.AddScoped<OrderPlacement>();
        services.AddScoped<OrderCancellation>();
        services.AddScoped<OrderClaims>();
        services.AddScoped<OrderPayment>();
        services.AddScoped<OverdueOrders>();
        services.AddHostedService<OrderSweeper>();
    }

    public void ConfigureEndpoints(RouteGroupBuilder endpoints) => endpoints.WithTags("Orders").RequireSignedIn();
}
