using System.Net;
using System.Net.Http.Json;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Users.Tests;

public sealed class RegisterTests
{
    [Test]
    public async Task Registering_answers_201_with_exactly_the_message_and_the_new_user()
    {
        var username = NewNames.Username();
        var email = $"{username}@test.local";
        using var client = TestHost.App.Anonymous();

        var response = await client.PostAsJsonAsync("/register", new { username, email, password = "Password-1" });

        var body = await response.ExpectAsync(HttpStatusCode.Created);
        var user = body.GetProperty("user");
        Assert.Multiple(() =>
        {
            Assert.That(body.EnumerateObject().Select(property => property.Name), Is.EquivalentTo(new[] { "message", "user" }));
            Assert.That(body.GetProperty("message").GetString(), Is.EqualTo("User created"));
            Assert.That(user.EnumerateObject().Select(property => property.Name), Is.EquivalentTo(new[] { "id", "username", "email" }));
            Assert.That(user.GetProperty("id").GetInt32(), Is.Positive);
            Assert.That(user.GetProperty("username").GetString(), Is.EqualTo(username));
            Assert.That(user.GetProperty("email").GetString(), Is.EqualTo(email));
        });
    }

    [Test]
    public async Task Each_registration_gets_its_own_id()
    {
        var first = await TestHost.App.NewCustomerAsync();
        var second = await TestHost.App.NewCustomerAsync();

        Assert.That(second.Id, Is.Not.EqualTo(first.Id));
    }

    [Test]
    public async Task Boundary_values_are_accepted()
    {
        using var client = TestHost.App.Anonymous();
        var shortest = NewNames.Username()[..3];
        var longest = (NewNames.Username() + new string('x', 50))[..50];

        var threeCharacters = await client.PostAsJsonAsync("/register", new { username = shortest, email = NewNames.Email(), password = "12345678" });
        var fiftyCharacters = await client.PostAsJsonAsync("/register", new { username = longest, email = NewNames.Email(), password = "12345678" });
        var punctuation = await client.PostAsJsonAsync("/register", new { username = $"a_b.c-{NewNames.Username()}", email = NewNames.Email(), password = "12345678" });

        await threeCharacters.ExpectAsync(HttpStatusCode.Created);
        await fiftyCharacters.ExpectAsync(HttpStatusCode.Created);
        await punctuation.ExpectAsync(HttpStatusCode.Created);
    }

    [Test]
    public async Task Unknown_fields_are_ignored_and_never_grant_a_role()
    {
        var username = NewNames.Username();
        var email = $"{username}@test.local";
        using var client = TestHost.App.Anonymous();

        var response = await client.PostAsJsonAsync("/register", new { username, email, password = "Password-1", role = "Admin", id = 1, isAdmin = true });

        var id = (await response.ExpectAsync(HttpStatusCode.Created)).GetProperty("user").GetProperty("id").GetInt32();
        var claims = Tokens.Read(await TestHost.App.LoginAsync(email, "Password-1"));
        Assert.Multiple(() =>
        {
            Assert.That(id, Is.Not.EqualTo(1));
            Assert.That(claims.Roles, Is.EqualTo(new[] { "Customer" }));
        });
    }
}
