using Ecommerce.Modules.Users.Domain;
using Ecommerce.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Users.Tests;

/// <summary>
/// The administrator from <c>Admin:*</c> is created, or found already created, or the host does not start and says
/// which setting is wrong: it never goes on silently without the administrator it was given, nor with a weak password.
/// </summary>
public sealed class AdminSeedingTests
{
    [Test]
    public async Task An_admin_email_taken_by_a_customer_stops_the_host_and_the_customer_stays_a_customer()
    {
        var database = TestDatabase.Create();
        try
        {
            var customer = await CustomerOnAsync(database);

            var error = await StartFailureAsync(new() { ["Admin:Email"] = customer.Email, ["Admin:Username"] = "newadmin" }, database);

            Assert.That(error, Does.Contain("Admin:Email").And.Contain(customer.Email));
            await using var after = new EcommerceApp(database: database);
            Assert.Multiple(async () =>
            {
                Assert.That(RolesIn(await after.LoginAsync(customer.Email, customer.Password)), Is.EqualTo(new[] { "Customer" }));
                Assert.That(await FindByNameAsync(after, "newadmin"), Is.Null);
            });
        }
        finally
        {
            await database.DropAsync();
        }
    }

    [Test]
    public async Task An_admin_username_taken_by_a_customer_stops_the_host_and_creates_nothing()
    {
        var database = TestDatabase.Create();
        try
        {
            var customer = await CustomerOnAsync(database);
            var email = NewNames.Email();

            var error = await StartFailureAsync(new() { ["Admin:Email"] = email, ["Admin:Username"] = customer.Username }, database);

            Assert.That(error, Does.Contain("Admin:Username").And.Contain(customer.Username));
            await using var after = new EcommerceApp(database: database);
            await using var scope = after.Services.CreateAsyncScope();
            Assert.That(await scope.ServiceProvider.GetRequiredService<UserManager<User>>().FindByEmailAsync(email), Is.Null);
        }
        finally
        {
            await database.DropAsync();
        }
    }

    [TestCase("", TestName = "an email without a password")]
    [TestCase("   ", TestName = "an email with a blank password")]
    public async Task Half_an_admin_configuration_stops_the_host(string password)
    {
        var error = await StartFailureAsync(new() { ["Admin:Password"] = password });

        Assert.That(error, Does.Contain("Admin:Email and Admin:Password must be set together"));
    }

    [Test]
    public async Task Outside_development_an_admin_password_weaker_than_the_policy_stops_the_host()
    {
        var error = await StartFailureAsync(new() { ["Admin:Password"] = "short" });

        Assert.That(error, Does.Contain("Admin:Password is weaker than the password policy"));
    }

    [Test]
    public async Task In_development_a_weak_admin_password_is_accepted()
    {
        await using var app = new DevelopmentApp(new Dictionary<string, string?> { ["Admin:Password"] = "short" });

        var token = await app.LoginAsync(EcommerceApp.AdminEmail, "short");

        Assert.That(RolesIn(token), Is.EqualTo(new[] { "Admin" }));
    }

    [Test]
    public async Task A_restart_finds_the_administrator_it_created()
    {
        var database = TestDatabase.Create();
        try
        {
            await using (var first = new EcommerceApp(database: database))
            {
                await first.AdminAsync();
            }

            await using var restarted = new EcommerceApp(database: database);

            Assert.That(RolesIn(await restarted.LoginAsync(EcommerceApp.AdminEmail, EcommerceApp.AdminPassword)), Is.EqualTo(new[] { "Admin" }));
        }
        finally
        {
            await database.DropAsync();
        }
    }

    private static async Task<TestUser> CustomerOnAsync(TestDatabase database)
    {
        await using var first = new EcommerceApp(database: database);
        return await first.NewCustomerAsync();
    }

    private static async Task<string> StartFailureAsync(Dictionary<string, string?> settings, TestDatabase? database = null)
    {
        var app = new EcommerceApp(settings, database: database);
        try
        {
            return StartupTests.MessagesOf(Assert.Catch(() => app.StartServer()));
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private static IReadOnlyList<string> RolesIn(string token) => Tokens.Read(token).Roles;

    private static async Task<User?> FindByNameAsync(EcommerceApp app, string username)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<User>>().FindByNameAsync(username);
    }

    private sealed class DevelopmentApp(IDictionary<string, string?> settings) : EcommerceApp(settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
        }
    }
}
