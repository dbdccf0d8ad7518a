using Microsoft.Data.SqlClient;

namespace Ecommerce.EndToEnd.Tests.Settings;

/// <summary>
/// With <c>ECOMMERCE_TEST_SQLSERVER</c> set the suites run on SQL Server, so a test process needs ICU as the host does:
/// SqlClient refuses to open a connection in globalization-invariant mode.
/// </summary>
public sealed class SqlServerSuiteTests
{
    [Test]
    public void A_test_process_gets_as_far_as_the_network_with_sql_server()
    {
        // No SQL Server here: a closed port, so the attempt fails, and how it fails is the point.
        using var connection = new SqlConnection(
            $"Server=127.0.0.1,{FreePort.Next()};Database=Ecommerce;User Id=sa;Password=unused;TrustServerCertificate=True;Connect Timeout=2");

        var error = Assert.Catch(connection.Open);

        Assert.That(error, Is.TypeOf<SqlException>(), error?.ToString());
    }
}
