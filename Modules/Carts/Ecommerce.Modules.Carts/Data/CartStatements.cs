using System.Runtime.CompilerServices;
using Ecommerce.Modules.Carts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ecommerce.Modules.Carts.Data;

/// <summary>
/// The SQL of <see cref="CartWrites"/>, with the tables and columns the model maps and the provider's quoting (SQL
/// Server's schema, too). Standard SQL, one text per statement whatever the values, so that it is prepared once.
/// </summary>
internal sealed class CartStatements
{
    private static readonly ConditionalWeakTable<IModel, CartStatements> ByModel = [];

    private readonly string _raiseVersion;
    private readonly string _insertLine;
    private readonly string _setQuantity;
    private readonly string _deleteLine;

    private CartStatements(IEntityType carts, ISqlGenerationHelper sql)
    {
        var items = carts.FindNavigation(nameof(Cart.Items))!.TargetEntityType;
        var cartsTable = sql.DelimitIdentifier(carts.GetTableName()!, carts.GetSchema());
        var itemsTable = sql.DelimitIdentifier(items.GetTableName()!, items.GetSchema());
        var id = Column(carts, nameof(Cart.Id), sql);
        var version = Column(carts, nameof(Cart.Version), sql);
        var cartId = Column(items, "CartId", sql);
        var productId = Column(items, nameof(CartItem.ProductId), sql);
        var quantity = Column(items, nameof(CartItem.Quantity), sql);

        _raiseVersion = $"UPDATE {cartsTable} SET {version} = {{2}} WHERE {id} = {{0}} AND {version} = {{1}}";
        _insertLine = $"INSERT INTO {itemsTable} ({cartId}, {productId}, {quantity}) VALUES ({{0}}, {{1}}, {{2}})";
        _setQuantity = $"UPDATE {itemsTable} SET {quantity} = {{2}} WHERE {cartId} = {{0}} AND {productId} = {{1}}";
        _deleteLine = $"DELETE FROM {itemsTable} WHERE {cartId} = {{0}} AND {productId} = {{1}}";
    }

    public static CartStatements For(CartsDbContext db) => ByModel.TryGetValue(db.Model, out var statements) ? statements : Build(db);

    public FormattableString RaiseVersion(int cartId, int versionRead, int version) =>
        FormattableStringFactory.Create(_raiseVersion, cartId, versionRead, version);

    public FormattableString InsertLine(int cartId, int productId, int quantity) =>
        FormattableStringFactory.Create(_insertLine, cartId, productId, quantity);

    public FormattableString SetQuantity(int cartId, int productId, int quantity) =>
        FormattableStringFactory.Create(_setQuantity, cartId, productId, quantity);

    public FormattableString DeleteLine(int cartId, int productId) => FormattableStringFactory.Create(_deleteLine, cartId, productId);

    // Apart from For, whose every call would otherwise allocate the lambda's closure over db.
    private static CartStatements Build(CartsDbContext db) =>
        ByModel.GetValue(db.Model, model => new CartStatements(model.FindEntityType(typeof(Cart))!, db.GetService<ISqlGenerationHelper>()));

    private static string Column(IEntityType entity, string property, ISqlGenerationHelper sql) =>
        sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName());
}
