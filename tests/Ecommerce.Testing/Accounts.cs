using System.Net;
using System.Net.Http.Json;

namespace Ecommerce.Testing;

public static class Accounts
{
    public const string CustomerPassword = "Password-123";

    /// <summary>Registers a fresh customer with unique names, logs in, and returns a client carrying its token.</summary>
    public static async Task<TestUser> NewCustomerAsync(this EcommerceApp app)
    {
        var name = $"u{Guid.NewGuid():N}"[..20];
        var email = $"{name}@test.local";
        using var anonymous = app.Anonymous();
        var registered = await anonymous.PostAsJsonAsync("/register", new { username = name, email, password = CustomerPassword });
        var id = (await registered.ExpectAsync(HttpStatusCode.Created)).GetProperty("user").GetProperty("id").GetInt32();
        var token = await app.LoginAsync(email, CustomerPassword);
        return new TestUser(id, name, email, CustomerPassword, token, app.WithToken(token));
    }

    /// <summary>The seeded administrator, signed in.</summary>
    public static async Task<TestUser> AdminAsync(this EcommerceApp app)
    {
        var token = await app.LoginAsync(EcommerceApp.AdminEmail, EcommerceApp.AdminPassword);
        var client = app.WithToken(token);
        var id = (await (await client.GetAsync("/validate")).ExpectAsync(HttpStatusCode.OK)).GetProperty("user").GetProperty("id").GetInt32();
        return new TestUser(id, "admin", EcommerceApp.AdminEmail, EcommerceApp.AdminPassword, token, client);
    }

    /// <summary>The same user, signed in to <paramref name="app"/>: for a test that starts a new host on the same data.</summary>
    public static async Task<TestUser> SignInAgainAsync(this EcommerceApp app, TestUser user)
    {
        var token = await app.LoginAsync(user.Email, user.Password);
        return user with { Token = token, Client = app.WithToken(token) };
    }

    public static async Task<string> LoginAsync(this EcommerceApp app, string email, string password)
    {
        using var anonymous = app.Anonymous();
        var response = await anonymous.PostAsJsonAsync("/login", new { email, password });
        return (await response.ExpectAsync(HttpStatusCode.OK)).GetProperty("token").GetString()!;
    }
}

/// <summary>A signed-in user of the test host.</summary>
public sealed record TestUser(int Id, string Username, string Email, string Password, string Token, HttpClient Client);
