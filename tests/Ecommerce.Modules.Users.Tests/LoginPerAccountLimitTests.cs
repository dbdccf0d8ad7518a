using System.Net;
using System.Net.Http.Json;
using Ecommerce.Modules.Users.Domain;
using Ecommerce.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Users.Tests;

/// <summary>
/// Logins for one account from many addresses, as a botnet would send them: <c>RateLimiting:LoginPerAccountPerMinute</c>
/// holds whatever the address, and the refused attempts neither reach the password nor count toward the lock.
/// </summary>
public sealed class LoginPerAccountLimitTests
{
    private const int PerAccount = 3;
    private EcommerceApp _app = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _app = new EcommerceApp(
            new Dictionary<string, string?> { ["RateLimiting:LoginPerAccountPerMinute"] = $"{PerAccount}" },
            PeerAddress.Allow);
        _app.StartServer();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _app.DisposeAsync();

    [Test]
    public async Task The_fourth_login_for_an_account_within_a_minute_is_429_from_any_address_and_in_any_case()
    {
        var user = await RegisterAsync();
        var other = await RegisterAsync();
        using var client = _app.Anonymous();
        var emails = new[] { user.Email, user.Email.ToUpperInvariant(), user.Email, user.Email.ToUpperInvariant(), user.Email };

        var answers = new List<HttpResponseMessage>();
        for (var attempt = 0; attempt < emails.Length; attempt++)
        {
            answers.Add(await client.SendAsync(Login($"198.51.100.{attempt + 1}", emails[attempt], "Wrong-password")));
        }

        var otherAccount = await client.SendAsync(Login("198.51.100.1", other.Email, other.Password));

        Assert.Multiple(async () =>
        {
            Assert.That(answers.Take(PerAccount).Select(answer => answer.StatusCode), Is.All.EqualTo(HttpStatusCode.BadRequest));
            foreach (var limited in answers.Skip(PerAccount))
            {
                await limited.ExpectProblemAsync(HttpStatusCode.TooManyRequests, "Too many requests");
                Assert.That(LockoutTests.RetryAfterSeconds(limited), Is.InRange(1, 60));
            }

            Assert.That(await FailedCountAsync(user.Email), Is.EqualTo(PerAccount), "only the attempts let through were counted");
            await otherAccount.ExpectAsync(HttpStatusCode.OK);
        });
    }

    private async Task<(string Email, string Password)> RegisterAsync()
    {
        var name = NewNames.Username();
        using var client = _app.Anonymous();
        var registered = await client.PostAsJsonAsync("/register", new { username = name, email = $"{name}@test.local", password = "Password-123" });
        await registered.ExpectAsync(HttpStatusCode.Created);
        return ($"{name}@test.local", "Password-123");
    }

    private static HttpRequestMessage Login(string peer, string email, string password)
    {
        var request = PeerAddress.From(peer, HttpMethod.Post, "/login");
        request.Content = JsonContent.Create(new { email, password });
        return request;
    }

    private async Task<int> FailedCountAsync(string email)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        return await users.GetAccessFailedCountAsync((await users.FindByEmailAsync(email))!);
    }
}
