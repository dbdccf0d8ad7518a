using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Catalog.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Catalog.Data;

internal class CatalogDbContext(DbContextOptions options) : ModuleDbContext(options, CatalogModule.ModuleName)
{
    public DbSet<Product> Products => Set<Product>();

    public DbSet<StockReservation> StockReservations => Set<StockReservation>();
}

internal sealed class SqliteCatalogDbContext(DbContextOptions<SqliteCatalogDbContext> options) : CatalogDbContext(options);

internal sealed class SqlServerCatalogDbContext(DbContextOptions<SqlServerCatalogDbContext> options) : CatalogDbContext(options);

internal sealed class SqliteCatalogDbContextFactory : SqliteDesignTimeFactory<SqliteCatalogDbContext>;

internal sealed class SqlServerCatalogDbContextFactory()
    : SqlServerDesignTimeFactory<SqlServerCatalogDbContext>(CatalogModule.ModuleName);
