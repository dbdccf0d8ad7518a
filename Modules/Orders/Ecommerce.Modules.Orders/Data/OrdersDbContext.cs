using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Orders.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Orders.Data;

internal class OrdersDbContext(DbContextOptions options) : ModuleDbContext(options, OrdersModule.ModuleName)
{
    public DbSet<Order> Orders => Set<Order>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<OrderedCart> OrderedCarts => Set<OrderedCart>();
}

internal sealed class SqliteOrdersDbContext(DbContextOptions<SqliteOrdersDbContext> options) : OrdersDbContext(options);

internal sealed class SqlServerOrdersDbContext(DbContextOptions<SqlServerOrdersDbContext> options) : OrdersDbContext(options);

internal sealed class SqliteOrdersDbContextFactory : SqliteDesignTimeFactory<SqliteOrdersDbContext>;

internal sealed class SqlServerOrdersDbContextFactory()
    : SqlServerDesignTimeFactory<SqlServerOrdersDbContext>(OrdersModule.ModuleName);
