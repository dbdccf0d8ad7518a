using Microsoft.Data.SqlClient;

namespace Ecommerce.Testing;

/// <summary>
/// Where a test host keeps its data: SQLite files in a fresh temporary folder, or, when
/// <c>ECOMMERCE_TEST_SQLSERVER</c> holds a connection string, a fresh database on that server.
/// </summary>
public sealed class TestDatabase
{
    public const string SqlServerVariable = "ECOMMERCE_TEST_SQLSERVER";

    private TestDatabase(string dataDirectory, string? sqlServerConnectionString)
    {
        DataDirectory = dataDirectory;
        SqlServerConnectionString = sqlServerConnectionString;
    }

    public string DataDirectory { get; }

    public string? SqlServerConnectionString { get; }

    public static TestDatabase Create()
    {
        var directory = Path.Combine(Path.GetTempPath(), "ecommerce-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var server = Environment.GetEnvironmentVariable(SqlServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            return new TestDatabase(directory, null);
        }

        var connection = new SqlConnectionStringBuilder(server) { InitialCatalog = $"ecommerce_test_{Guid.NewGuid():N}" };
        return new TestDatabase(directory, connection.ConnectionString);
    }

    public IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        yield return new("Database:DataDirectory", DataDirectory);
        yield return new("Database:Provider", SqlServerConnectionString is null ? "Sqlite" : "SqlServer");
        if (SqlServerConnectionString is not null)
        {
            yield return new("ConnectionStrings:Ecommerce", SqlServerConnectionString);
        }
    }

    public async Task DropAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finalizer-bound connection; the OS temp folder gets it later.
        }

        if (SqlServerConnectionString is not null)
        {
            var target = new SqlConnectionStringBuilder(SqlServerConnectionString);
            var database = target.InitialCatalog;
            target.InitialCatalog = "master";
            await using var connection = new SqlConnection(target.ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"ALTER DATABASE [{database}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{database}];";
            await command.ExecuteNonQueryAsync();
        }
    }
}
