using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Carts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Carts.Data;

internal class CartsDbContext(DbContextOptions options) : ModuleDbContext(options, CartsModule.ModuleName)
{
    public DbSet<Cart> Carts => Set<Cart>();

    public DbSet<TakenOrder> TakenOrders => Set<TakenOrder>();
}

internal sealed class SqliteCartsDbContext(DbContextOptions<SqliteCartsDbContext> options) : CartsDbContext(options);

internal sealed class SqlServerCartsDbContext(DbContextOptions<SqlServerCartsDbContext> options) : CartsDbContext(options);

internal sealed class SqliteCartsDbContextFactory : SqliteDesignTimeFactory<SqliteCartsDbContext>;

internal sealed class SqlServerCartsDbContextFactory()
    : SqlServerDesignTimeFactory<SqlServerCartsDbContext>(CartsModule.ModuleName);
