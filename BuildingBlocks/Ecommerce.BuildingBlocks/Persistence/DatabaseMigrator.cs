using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ecommerce.BuildingBlocks.Persistence;

/// <summary>Applies every module's checked-in migrations at start-up.</summary>
internal sealed class DatabaseMigrator(
    IServiceProvider services, IEnumerable<ModuleDatabase> databases, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAllAsync(CancellationToken cancellationToken)
    {
        foreach (var database in databases)
        {
            var db = (DbContext)services.GetRequiredService(database.ContextType);
            if (db.Database.IsSqlite())
            {
                PrepareSqliteFile(db);
            }

            await db.Database.MigrateAsync(cancellationToken);
            if (db.Database.IsSqlite())
            {
                // WAL lets readers go on while the single writer of a file commits.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            logger.LogInformation("The {Module} database is up to date", database.Module);
        }
    }

    /// <summary>
    /// The folder and the file, owner-only, before SQLite opens it: an empty file is an empty database, and SQLite
    /// gives its -wal and -shm files the database file's mode.
    /// </summary>
    private static void PrepareSqliteFile(DbContext db)
    {
        var file = Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
        OwnerOnly.CreateDirectory(Path.GetDirectoryName(file)!);
        OwnerOnly.CreateFile(file);
    }
}
