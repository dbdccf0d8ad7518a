using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.BuildingBlocks.Web;
using Ecommerce.Modules.Orders.ChangeStatus;
using Ecommerce.Modules.Orders.Checkout;
using Ecommerce.Modules.Orders.CustomerOrders;
using Ecommerce.Modules.Orders.Data;
using Ecommerce.Modules.Orders.DeleteOrder;
using Ecommerce.Modules.Orders.GetOrder;
using Ecommerce.Modules.Orders.ListOrders;
using Ecommerce.Modules.Orders.Payments;
using Ecommerce.Modules.Orders.PlaceOrder;
using Ecommerce.Modules.Orders.StockOutcome;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
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

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<OrdersDbContext, SqliteOrdersDbContext, SqlServerOrdersDbContext>(configuration, ModuleName);
        services.AddValidatorsFromAssemblyContaining<OrdersModule>(includeInternalTypes: true);
        services.TryAddSingleton<IPaymentGateway, AcceptingPaymentGateway>();
        services.AddScoped<OrderPlacement>();
        services.AddScoped<OrderCancellation>();
        services.AddIntegrationEventConsumer<StockOutcomeConsumer, OrdersDbContext>(ModuleName);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var orders = endpoints.MapGroup("").WithTags("Orders").RequireSignedIn();
        PlaceOrderEndpoint.Map(orders);
        ListOrdersEndpoint.Map(orders);
        GetOrderEndpoint.Map(orders);
        ChangeStatusEndpoint.Map(orders);
        DeleteOrderEndpoint.Map(orders);
        CheckoutEndpoint.Map(orders);
    }
}
