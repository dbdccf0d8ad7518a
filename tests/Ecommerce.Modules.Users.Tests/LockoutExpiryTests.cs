using System.Net;
using System.Net.Http.Json;
using Ecommerce.Modules.Users.Domain;
using Ecommerce.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Ecommerce.Modules.Users.Tests;

/// <summary>
/// How long a lock lasts, and what happens when it ends, on a host of its own whose clock the tests move. The clock
/// starts years away from the real one, so any lockout decision taken on the wall clock would show.
/// </summary>
public sealed class LockoutExpiryTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2031, 3, 14, 9, 26, 53, TimeSpan.Zero));
    private EcommerceApp _app = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _app = new EcommerceApp(configureServices: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)));
        _app.StartServer();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _app.DisposeAsync();

    [Test]
    public async Task The_lock_lasts_five_minutes_by_the_hosts_clock()
    {
        var user = await LockedCustomerAsync();
        var lockedAt = _clock.GetUtcNow();
        using var client = _app.Anonymous();

        var atOnce = await RightAsync(client, user);
        _clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        var aSecondBeforeTheEnd = await RightAsync(client, user);

        await atOnce.ExpectAsync(HttpStatusCode.TooManyRequests);
        await aSecondBeforeTheEnd.ExpectAsync(HttpStatusCode.TooManyRequests);
        Assert.Multiple(async () =>
        {
            Assert.That(await LockoutEndAsync(user), Is.EqualTo(lockedAt.AddMinutes(5)));
            Assert.That(LockoutTests.RetryAfterSeconds(atOnce), Is.EqualTo(300));
            Assert.That(LockoutTests.RetryAfterSeconds(aSecondBeforeTheEnd), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Once_the_lock_has_ended_the_right_password_works_and_counting_starts_again()
    {
        var user = await LockedCustomerAsync();
        _clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        using var client = _app.Anonymous();

        var wrong = await WrongAsync(client, user);
        var right = await RightAsync(client, user);

        await wrong.ExpectProblemAsync(HttpStatusCode.BadRequest, "Invalid password");
        var body = await right.ExpectAsync(HttpStatusCode.OK);
        Assert.That(body.GetProperty("message").GetString(), Is.EqualTo("Login successful"));
    }

    private async Task<TestUser> LockedCustomerAsync()
    {
        var user = await _app.NewCustomerAsync();
        using var client = _app.Anonymous();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await (await WrongAsync(client, user)).ExpectAsync(HttpStatusCode.BadRequest);
        }

        return user;
    }

    private async Task<DateTimeOffset?> LockoutEndAsync(TestUser user)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        return await users.GetLockoutEndDateAsync((await users.FindByEmailAsync(user.Email))!);
    }

    private static Task<HttpResponseMessage> WrongAsync(HttpClient client, TestUser user) =>
        client.PostAsJsonAsync("/login", new { email = user.Email, password = "Wrong-password" });

    private static Task<HttpResponseMessage> RightAsync(HttpClient client, TestUser user) =>
        client.PostAsJsonAsync("/login", new { email = user.Email, password = user.Password });
}
