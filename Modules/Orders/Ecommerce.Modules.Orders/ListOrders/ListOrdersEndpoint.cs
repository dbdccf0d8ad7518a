using System.Security.Claims;
using Ecommerce.BuildingBlocks.Auth;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.Modules.Orders.Data;
using Ecommerce.Modules.Orders.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Orders.ListOrders;

internal sealed class ListOrdersEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/orders", HandleAsync)
            .WithName("ListOrders")
            .WithSummary("The caller's orders, newest first; an admin sees everyone's.");

    private static async Task<Ok<List<OrderResponse>>> HandleAsync(
        ClaimsPrincipal user, OrdersDbContext db, CancellationToken cancellationToken)
    {
        var orders = db.Orders.AsNoTracking();
        if (!user.IsAdmin())
        {
            var customerId = user.UserId();
            orders = orders.Where(order => order.CustomerId == customerId);
        }

        var newestFirst = await orders.OrderByDescending(order => order.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(newestFirst.ConvertAll(OrderResponse.From));
    }
}
