using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ecommerce.BuildingBlocks.Persistence;

/// <summary>Lets `dotnet ef` build a module's SQL Server context; no server is contacted to add a migration.</summary>
public abstract class SqlServerDesignTimeFactory<TContext>(string module) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public const string OfflineConnectionString =
        "Server=localhost;Database=Ecommerce;Integrated Security=true;TrustServerCertificate=true";

    public TContext CreateDbContext(string[] args) =>
        (TContext)Activator.CreateInstance(
            typeof(TContext),
            new DbContextOptionsBuilder<TContext>()
                .UseSqlServer(OfflineConnectionString, sql => sql.MigrationsHistoryTable(HistoryRepository.DefaultTableName, module))
                .Options)!;
}
