using System.Runtime.CompilerServices;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Carts.Domain;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ecommerce.Modules.Carts.Data;

/// <summary>
/// The SQL of <see cref="CartWrites"/>, with the tables and columns the model maps (<see cref="ModelSql"/>).
/// </summary>
internal sealed class CartStatements
{
    private readonly string _raiseVersion;
    private readonly string _insertLine;
    private readonly string _setQuantity;
    private readonly string _deleteLine;

    private CartStatements(IEntityType carts, ISqlGenerationHelper sql)
    {
        var items = carts.FindNavigation(nameof(Cart.Items))!.TargetEntityType;
        var cartsTable = ModelSql.Table(carts, sql);
        var itemsTable = ModelSql.Table(items, sql);
        var id = ModelSql.Column(carts, nameof(Cart.Id), sql);
        var version = ModelSql.Column(carts, nameof(Cart.Version), sql);
        var cartId = ModelSql.Column(items, "CartId", sql);
        var productId = ModelSql.Column(items, nameof(CartItem.ProductId), sql);
        var quantity = ModelSql.Column(items, nameof(CartItem.Quantity), sql);

        _raiseVersion = $"UPDATE {cartsTable} SET {version} = {{2}} WHERE {id} = {{0}} AND {version} = {{1}}";
        _insertLine = $"INSERT INTO {itemsTable} ({cartId}, {productId}, {quantity}) VALUES ({{0}}, {{1}}, {{2}})";
        _setQuantity = $"UPDATE {itemsTable} SET {quantity} = {{2}} WHERE {cartId} = {{0}} AND {productId} = {{1}}";
        _deleteLine = $"DELETE FROM {itemsTable} WHERE {cartId} = {{0}} AND {productId} = {{1}}";
    }

    public static CartStatements For(CartsDbContext db) =>
        ModelStatements<CartStatements>.For(db, static (model, sql) => new CartStatements(model.FindEntityType(typeof(Cart))!, sql));

    public FormattableString RaiseVersion(int cartId, int versionRead, int version) =>
        FormattableStringFactory.Create(_raiseVersion, cartId, versionRead, version);

    public FormattableString InsertLine(int cartId, int productId, int quantity) =>
        FormattableStringFactory.Create(_insertLine, cartId, productId, quantity);

    public FormattableString SetQuantity(int cartId, int productId, int quantity) =>
        FormattableStringFactory.Create(_setQuantity, cartId, productId, quantity);

    public FormattableString DeleteLine(int cartId, int productId) => FormattableStringFactory.Create(_deleteLine, cartId, productId);
}
