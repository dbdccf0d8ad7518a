using Microsoft.EntityFrameworkCore;

namespace Ecommerce.BuildingBlocks.Persistence;

/// <summary>
/// Base of a module's DbContext: its own schema, the outbox/inbox tables, and the entity
/// configurations found in the module's assembly. Each module derives one provider subclass per
/// database so that SQLite and SQL Server keep their own migration sets.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, string schema) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyModuleConventions(Database, schema);
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyModuleConventions();
}
