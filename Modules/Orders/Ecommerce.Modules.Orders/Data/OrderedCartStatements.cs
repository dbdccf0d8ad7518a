using System.Runtime.CompilerServices;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Orders.Domain;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ecommerce.Modules.Orders.Data;

/// <summary>
/// Noting an order's lines out of its cart, as SQL: every placement runs it, and as an <c>ExecuteUpdate</c> EF Core
/// built and translated it again each time (docs/performance.md, thirteenth round).
/// </summary>
internal sealed class OrderedCartStatements
{
    private readonly string _noteTaken;

    private OrderedCartStatements(IEntityType carts, ISqlGenerationHelper sql)
    {
        var table = ModelSql.Table(carts, sql);
        var cartId = ModelSql.Column(carts, nameof(OrderedCart.CartId), sql);
        var orderId = ModelSql.Column(carts, nameof(OrderedCart.OrderId), sql);
        var linesTaken = ModelSql.Column(carts, nameof(OrderedCart.LinesTaken), sql);
        var takenAt = ModelSql.Column(carts, nameof(OrderedCart.TakenAtVersion), sql);
        _noteTaken = $"UPDATE {table} SET {linesTaken} = {{2}}, {takenAt} = {{3}} WHERE {cartId} = {{0}} AND {orderId} = {{1}} AND {linesTaken} = {{4}}";
    }

    public static OrderedCartStatements For(OrdersDbContext db) =>
        ModelStatements<OrderedCartStatements>.For(db, static (model, sql) => new OrderedCartStatements(model.FindEntityType(typeof(OrderedCart))!, sql));

    /// <summary>The cart's row of this order, if its lines were not noted out yet: noted out since <paramref name="cartVersion"/>.</summary>
    public FormattableString NoteTaken(int cartId, int orderId, int cartVersion) =>
        FormattableStringFactory.Create(_noteTaken, cartId, orderId, true, cartVersion, false);
}
