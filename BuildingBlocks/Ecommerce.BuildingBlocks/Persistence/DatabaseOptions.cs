using Microsoft.Extensions.Configuration;

namespace Ecommerce.BuildingBlocks.Persistence;

public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string SqlServerConnectionStringName = "Ecommerce";

    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>Folder of the SQLite files, one per module; relative paths start at the working directory.</summary>
    public string DataDirectory { get; init; } = "data";

    /// <summary>How hard a SQLite commit waits for the disk; see <see cref="Persistence.SqliteSynchronous"/>.</summary>
    public SqliteSynchronous SqliteSynchronous { get; init; } = SqliteSynchronous.Normal;

    public static DatabaseOptions From(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();

    public string SqliteFile(string module) => Path.Combine(Path.GetFullPath(DataDirectory), $"{module}.db");

    public static string SqlServerConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(SqlServerConnectionStringName) is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException(
                $"Database:Provider is SqlServer but ConnectionStrings:{SqlServerConnectionStringName} is not set.");
}

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
