using System.Net;
using System.Net.Http.Json;

namespace Ecommerce.EndToEnd.Tests.Settings;

/// <summary>
/// The README's promise under the README's command: Development by default (admin, port and key from
/// Host/appsettings.Development.json), and environment variables and the command line win over those defaults.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class DotnetRunSettingsTests
{
    private const string DevelopmentAdmin = "admin@example.com";
    private const string DevelopmentPassword = "ChangeMe-Admin-123";
    private const string SigningKey = "a-signing-key-of-at-least-thirty-two-bytes";

    [Test]
    public async Task Environment_variables_override_the_development_defaults()
    {
        using var data = new TemporaryFolder();
        var address = LoopbackAddress();
        await using var host = DotnetRun.Start(new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = address.ToString(),
            ["Admin__Password"] = "Password-From-The-Environment",
            ["Database__DataDirectory"] = data.Path,
        });

        await host.WaitUntilLiveAsync(address);

        using var client = new HttpClient { BaseAddress = address };
        var withEnvironmentPassword = await LogInAsync(client, DevelopmentAdmin, "Password-From-The-Environment");
        var withDefaultPassword = await LogInAsync(client, DevelopmentAdmin, DevelopmentPassword);
        Assert.Multiple(() =>
        {
            Assert.That(host.Output, Does.Contain("Hosting environment: Development"));
            Assert.That(withEnvironmentPassword, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(withDefaultPassword, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(File.Exists(Path.Combine(data.Path, "jwt-signing-key.txt")), Is.True, "the development key is kept in the data folder");
        });
    }

    [Test]
    public async Task The_command_line_overrides_the_environment()
    {
        using var data = new TemporaryFolder();
        var address = LoopbackAddress();
        await using var host = DotnetRun.Start(
            new Dictionary<string, string>
            {
                ["ASPNETCORE_URLS"] = LoopbackAddress().ToString(),
                ["Admin__Password"] = "Password-From-The-Environment",
                ["Database__DataDirectory"] = data.Path,
            },
            "--urls", address.ToString(), "--Admin:Password=Password-From-The-Command-Line");

        await host.WaitUntilLiveAsync(address);

        using var client = new HttpClient { BaseAddress = address };
        var withCommandLinePassword = await LogInAsync(client, DevelopmentAdmin, "Password-From-The-Command-Line");
        var withEnvironmentPassword = await LogInAsync(client, DevelopmentAdmin, "Password-From-The-Environment");
        Assert.Multiple(() =>
        {
            Assert.That(withCommandLinePassword, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(withEnvironmentPassword, Is.EqualTo(HttpStatusCode.BadRequest));
        });
    }

    [Test]
    public async Task Production_from_the_shell_refuses_to_start_without_a_signing_key()
    {
        using var data = new TemporaryFolder();
        await using var host = DotnetRun.Start(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = LoopbackAddress().ToString(),
            ["Database__DataDirectory"] = data.Path,
        });

        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Not.Zero);
            Assert.That(host.Output, Does.Contain("Jwt:SigningKey is not set"));
            Assert.That(File.Exists(Path.Combine(data.Path, "jwt-signing-key.txt")), Is.False, "no key is generated outside Development");
        });
    }

    [Test]
    public async Task Production_from_the_shell_leaves_out_the_development_admin()
    {
        using var data = new TemporaryFolder();
        var address = LoopbackAddress();
        await using var host = DotnetRun.Start(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = address.ToString(),
            ["Jwt__SigningKey"] = SigningKey,
            ["Database__DataDirectory"] = data.Path,
        });

        await host.WaitUntilLiveAsync(address);

        using var client = new HttpClient { BaseAddress = address };
        var developmentAdmin = await LogInAsync(client, DevelopmentAdmin, DevelopmentPassword);
        Assert.Multiple(() =>
        {
            Assert.That(host.Output, Does.Contain("Hosting environment: Production"));
            Assert.That(developmentAdmin, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task On_sql_server_the_host_gets_as_far_as_the_network()
    {
        // No SQL Server here: a closed port. SqlClient must fail to connect, not refuse to run in globalization-invariant mode.
        await using var host = DotnetRun.Start(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = LoopbackAddress().ToString(),
            ["Jwt__SigningKey"] = SigningKey,
            ["Database__Provider"] = "SqlServer",
            ["ConnectionStrings__Ecommerce"] = $"Server=127.0.0.1,{FreePort.Next()};Database=Ecommerce;User Id=sa;Password=unused;TrustServerCertificate=True;Connect Timeout=2",
        });

        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Not.Zero);
            Assert.That(host.Output, Does.Contain("SqlException").And.Contain("establishing a connection to SQL Server"));
            Assert.That(host.Output, Does.Not.Contain("Globalization Invariant Mode"));
        });
    }

    private static Uri LoopbackAddress() => new($"http://127.0.0.1:{FreePort.Next()}");

    private static async Task<HttpStatusCode> LogInAsync(HttpClient client, string email, string password) =>
        (await client.PostAsJsonAsync("/login", new { email, password })).StatusCode;
}
