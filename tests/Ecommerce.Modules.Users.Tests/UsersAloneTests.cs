using System.Net;
using System.Net.Http.Json;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Users.Tests;

/// <summary>The users module hosted alone: it asks no other module, and its tokens open the other hosts' endpoints.</summary>
public sealed class UsersAloneTests
{
    private ModuleAlone _users = null!;

    [OneTimeSetUp]
    public void Start() => _users = ModuleAlone.Start("Users", _ => { });

    [OneTimeTearDown]
    public async Task Stop() => await _users.DisposeAsync();

    [Test]
    public async Task Registration_and_login_work_alone_and_publish_UserRegistered()
    {
        var customer = await _users.App.NewCustomerAsync();

        var validated = await (await customer.Client.GetAsync("/validate")).ExpectAsync(HttpStatusCode.OK);
        var outbox = await _users.App.OutboxAsync("users");
        Assert.Multiple(() =>
        {
            Assert.That(validated.GetProperty("user").GetProperty("email").GetString(), Is.EqualTo(customer.Email));
            Assert.That(outbox.Where(row => row.Type.EndsWith(".UserRegistered", StringComparison.Ordinal)), Is.Not.Empty);
        });
    }

    [Test]
    public async Task Other_modules_routes_are_forwarded_and_find_nobody()
    {
        var customer = await _users.App.NewCustomerAsync();

        var cart = await customer.Client.PostAsJsonAsync("/cart", new { productId = 1, quantity = 1 });

        await cart.ExpectProblemAsync(HttpStatusCode.ServiceUnavailable, "Service temporarily unavailable");
    }
}
