using Ecommerce.Modules.Orders.Data;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>No SQL Server runs here: the SQL the take-out's note sends there is read off its model, without a connection.</summary>
public sealed class OrderedCartStatementsTests
{
    [Test]
    public void On_SQL_Server_the_note_names_the_module_s_schema_in_its_quoting()
    {
        using var db = new SqlServerOrdersDbContextFactory().CreateDbContext([]);
        var note = OrderedCartStatements.For(db).NoteTaken(cartId: 1, orderId: 2, cartVersion: 3);

        Assert.Multiple(() =>
        {
            Assert.That(note.Format, Is.EqualTo(
                "UPDATE [orders].[OrderedCarts] SET [LinesTaken] = {2}, [TakenAtVersion] = {3} WHERE [CartId] = {0} AND [OrderId] = {1} AND [LinesTaken] = {4}"));
            Assert.That(note.GetArguments(), Is.EqualTo(new object[] { 1, 2, true, 3, false }));
        });
    }
}
