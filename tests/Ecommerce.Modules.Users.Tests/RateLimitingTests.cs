using System.Net;
using System.Net.Http.Json;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Users.Tests;

/// <summary>Runs on a host of its own with a tiny budget, so that the shared host's tests never meet the limit.</summary>
public sealed class RateLimitingTests
{
    private EcommerceApp _app = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _app = new EcommerceApp(new Dictionary<string, string?>(StringComparer.Ordinal) { ["RateLimiting:AuthPerMinute"] = "3" });
        _app.StartServer();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _app.DisposeAsync();

    [Test]
    public async Task The_fourth_login_within_a_minute_is_429_too_many_requests_with_retry_after()
    {
        using var client = _app.Anonymous();
        var login = new { email = EcommerceApp.AdminEmail, password = EcommerceApp.AdminPassword };

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await (await client.PostAsJsonAsync("/login", login)).ExpectAsync(HttpStatusCode.OK);
        }

        var limited = await client.PostAsJsonAsync("/login", login);

        await limited.ExpectProblemAsync(HttpStatusCode.TooManyRequests, "Too many requests");
        Assert.That(LockoutTests.RetryAfterSeconds(limited), Is.InRange(1, 60));

        // Only the authentication endpoints are limited.
        await (await client.GetAsync("/products")).ExpectAsync(HttpStatusCode.OK);
    }
}
