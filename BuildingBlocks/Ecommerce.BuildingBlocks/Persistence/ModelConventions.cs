using Ecommerce.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Ecommerce.BuildingBlocks.Persistence;

public static class ModelConventions
{
    /// <summary>The module's schema (SQLite has none: there each module has its own file) and the messaging tables.</summary>
    public static void ApplyModuleConventions(this ModelBuilder modelBuilder, DatabaseFacade database, string schema)
    {
        if (!database.IsSqlite())
        {
            modelBuilder.HasDefaultSchema(schema);
        }

        modelBuilder.AddMessagingTables();
    }

    public static void ApplyModuleConventions(this ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
}
