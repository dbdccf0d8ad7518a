using System.Data;
using System.Data.Common;
using Ecommerce.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Host.Tests;

/// <summary>
/// Each pooled module context keeps its SQLite connection open between uses, while a unit of work's transaction
/// still ends with it: the next user of the context starts clean.
/// </summary>
public sealed class KeptOpenSqliteConnectionTests
{
    [Test]
    public async Task A_module_context_goes_back_to_the_pool_with_its_connection_open_and_no_transaction()
    {
        var catalog = TestHost.App.Services.GetServices<ModuleDatabase>().Single(database => database.Module == "catalog");
        DbConnection connection;
        await using (var scope = TestHost.App.Services.CreateAsyncScope())
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(catalog.ContextType);
            Assume.That(db.Database.IsSqlite(), "SQLite only: other providers keep EF Core's own connection handling");
            await db.WriteAsync(token => db.Database.ExecuteSqlRawAsync("SELECT 1", token), CancellationToken.None);
            connection = db.Database.GetDbConnection();
        }

        Assert.That(connection.State, Is.EqualTo(ConnectionState.Open), "still open in the pool");
        await using var next = TestHost.App.Services.CreateAsyncScope();
        var again = (DbContext)next.ServiceProvider.GetRequiredService(catalog.ContextType);
        Assert.Multiple(async () =>
        {
            Assert.That(again.Database.CurrentTransaction, Is.Null, "the unit of work's transaction ended with it");
            Assert.That(await again.Database.SqlQueryRaw<int>("SELECT 2 AS Value").SingleAsync(), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_write_through_one_pooled_context_is_read_through_another()
    {
        var catalog = TestHost.App.Services.GetServices<ModuleDatabase>().Single(database => database.Module == "catalog");
        await using var writing = TestHost.App.Services.CreateAsyncScope();
        await using var reading = TestHost.App.Services.CreateAsyncScope();
        var writer = (DbContext)writing.ServiceProvider.GetRequiredService(catalog.ContextType);
        var reader = (DbContext)reading.ServiceProvider.GetRequiredService(catalog.ContextType);
        Assume.That(writer.Database.IsSqlite(), "SQLite only");
        var before = await reader.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM Products").SingleAsync();

        await writer.WriteAsync(
            token => writer.Database.ExecuteSqlRawAsync(
                "INSERT INTO Products (Name, Description, Price, Stock) VALUES ('Kept open', '', '1.00', 1)", token),
            CancellationToken.None);

        Assert.That(await reader.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM Products").SingleAsync(), Is.EqualTo(before + 1));
    }
}
