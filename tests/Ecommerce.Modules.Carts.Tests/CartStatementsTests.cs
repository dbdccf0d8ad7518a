using Ecommerce.Modules.Carts.Data;

namespace Ecommerce.Modules.Carts.Tests;

/// <summary>No SQL Server runs here: the SQL a cart change sends there is read off its model, without a connection.</summary>
public sealed class CartStatementsTests
{
    [Test]
    public void On_SQL_Server_the_statements_name_the_module_s_schema_in_its_quoting()
    {
        using var db = new SqlServerCartsDbContextFactory().CreateDbContext([]);
        var sql = CartStatements.For(db);

        Assert.Multiple(() =>
        {
            Assert.That(sql.RaiseVersion(1, 2, 3).Format, Is.EqualTo("UPDATE [carts].[Carts] SET [Version] = {2} WHERE [Id] = {0} AND [Version] = {1}"));
            Assert.That(sql.InsertLine(1, 2, 3).Format, Is.EqualTo("INSERT INTO [carts].[CartItems] ([CartId], [ProductId], [Quantity]) VALUES ({0}, {1}, {2})"));
            Assert.That(sql.SetQuantity(1, 2, 3).Format, Is.EqualTo("UPDATE [carts].[CartItems] SET [Quantity] = {2} WHERE [CartId] = {0} AND [ProductId] = {1}"));
            Assert.That(sql.DeleteLine(1, 2).Format, Is.EqualTo("DELETE FROM [carts].[CartItems] WHERE [CartId] = {0} AND [ProductId] = {1}"));
        });
    }
}
