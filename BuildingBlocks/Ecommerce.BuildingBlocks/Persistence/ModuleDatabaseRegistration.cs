using Ecommerce.BuildingBlocks.Messaging;
using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ecommerce.BuildingBlocks.Persistence;

public static class ModuleDatabaseRegistration
{
    /// <summary>
    /// Registers a module's DbContext on the configured provider (SQLite file or SQL Server schema), its
    /// outbox dispatcher, its readiness check and its start-up migration. Contexts are pooled: a module context
    /// holds nothing of a request beyond its change tracker, which the pool resets.
    /// </summary>
    public static IServiceCollection AddModuleDatabase<TContext, TSqliteContext, TSqlServerContext>(
        this IServiceCollection services, IConfiguration configuration, string module)
        where TContext : DbContext
        where TSqliteContext : TContext
        where TSqlServerContext : TContext
    {
        var database = DatabaseOptions.From(configuration);
        if (database.Provider == DatabaseProvider.SqlServer)
        {
            var connectionString = DatabaseOptions.SqlServerConnectionString(configuration);
            services.AddDbContextPool<TContext, TSqlServerContext>((provider, options) => options
                .UseSqlServer(connectionString, sql => sql.MigrationsHistoryTable(HistoryRepository.DefaultTableName, module))
                .AddInterceptors(provider.GetRequiredService<OutboxWakeUpInterceptor<TContext>>()));
        }
        else
        {
            var file = database.SqliteFile(module);
            // A list in a query (ids.Contains(x.Id)) goes as one JSON parameter, so its SQL is the same for any list: as one
            // parameter per element (EF Core 10's default), the SQL was written again on each run (the catalog's product
            // look-up, which every cart change asks), and SQLite plans json_each against the key as well.
            services.AddKeyedSingleton<WarmSqliteConnections>(module);
            services.AddDbContextPool<TContext, TSqliteContext>((provider, options) => BorrowingSqliteConnection
                .In(options, provider.GetRequiredKeyedService<WarmSqliteConnections>(module))
                .UseSqlite($"Data Source={file}", sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                .AddInterceptors(
                    provider.GetRequiredService<OutboxWakeUpInterceptor<TContext>>(),
                    new SqliteSynchronousInterceptor(database.SqliteSynchronous)));
        }

        services.AddOutbox<TContext>(module);
        services.AddSingleton(new ModuleDatabase(module, typeof(TContext)));
        services.TryAddScoped<DatabaseMigrator>();
        services.AddHealthChecks().AddDbContextCheck<TContext>($"{module}-database", tags: [HealthTags.Ready]);
        return services;
    }
}
