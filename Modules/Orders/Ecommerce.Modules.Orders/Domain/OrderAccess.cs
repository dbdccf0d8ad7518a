using System.Security.Claims;
using Ecommerce.BuildingBlocks.Auth;
using Ecommerce.Modules.Orders.Data;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Orders.Domain;

internal static class OrderAccess
{
    /// <summary>The order if the user may see it (its owner, or an admin); another customer's order does not exist for them.</summary>
    public static async Task<Order?> FindVisibleAsync(this OrdersDbContext db, int orderId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var order = await db.Orders.FirstOrDefaultAsync(order => order.Id == orderId, cancellationToken);
        return order is not null && order.IsVisibleTo(user.UserId(), user.IsAdmin()) ? order : null;
    }
}
