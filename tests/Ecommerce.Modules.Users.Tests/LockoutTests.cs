using System.Net;
using System.Net.Http.Json;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Users.Tests;

public sealed class LockoutTests
{
    [Test]
    public async Task Five_wrong_passwords_answer_400_then_even_the_right_one_is_429_with_retry_after()
    {
        var user = await TestHost.App.NewCustomerAsync();
        using var client = TestHost.App.Anonymous();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await (await WrongAsync(client, user)).ExpectProblemAsync(HttpStatusCode.BadRequest, "Invalid password");
        }

        var locked = await RightAsync(client, user);

        await locked.ExpectProblemAsync(HttpStatusCode.TooManyRequests, "Too many attempts");
        Assert.That(RetryAfterSeconds(locked), Is.InRange(1, 300));
    }

    [Test]
    public async Task A_locked_account_refuses_wrong_passwords_with_429_too()
    {
        var user = await TestHost.App.NewCustomerAsync();
        using var client = TestHost.App.Anonymous();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await (await WrongAsync(client, user)).ExpectAsync(HttpStatusCode.BadRequest);
        }

        var locked = await WrongAsync(client, user);

        await locked.ExpectProblemAsync(HttpStatusCode.TooManyRequests, "Too many attempts");
        Assert.That(RetryAfterSeconds(locked), Is.Positive);
    }

    [Test]
    public async Task A_success_before_the_fifth_failure_resets_the_count()
    {
        var user = await TestHost.App.NewCustomerAsync();
        using var client = TestHost.App.Anonymous();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await (await WrongAsync(client, user)).ExpectProblemAsync(HttpStatusCode.BadRequest, "Invalid password");
        }

        await (await RightAsync(client, user)).ExpectAsync(HttpStatusCode.OK);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await (await WrongAsync(client, user)).ExpectProblemAsync(HttpStatusCode.BadRequest, "Invalid password");
        }

        await (await RightAsync(client, user)).ExpectAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task Locking_one_account_leaves_the_others_alone()
    {
        var locked = await TestHost.App.NewCustomerAsync();
        var other = await TestHost.App.NewCustomerAsync();
        using var client = TestHost.App.Anonymous();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await (await WrongAsync(client, locked)).ExpectAsync(HttpStatusCode.BadRequest);
        }

        await (await RightAsync(client, locked)).ExpectAsync(HttpStatusCode.TooManyRequests);
        await (await RightAsync(client, other)).ExpectAsync(HttpStatusCode.OK);
    }

    private static Task<HttpResponseMessage> WrongAsync(HttpClient client, TestUser user) =>
        client.PostAsJsonAsync("/login", new { email = user.Email, password = "Wrong-password" });

    private static Task<HttpResponseMessage> RightAsync(HttpClient client, TestUser user) =>
        client.PostAsJsonAsync("/login", new { email = user.Email, password = user.Password });

    /// <summary>The Retry-After header as delta-seconds; fails the test if it is absent or not a whole number.</summary>
    internal static int RetryAfterSeconds(HttpResponseMessage response)
    {
        Assert.That(response.Headers.TryGetValues("Retry-After", out var values), Is.True, "Retry-After header missing");
        var text = values!.Single();
        Assert.That(int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds), Is.True, $"Retry-After '{text}' is not a whole number of seconds");
        return seconds;
    }
}
