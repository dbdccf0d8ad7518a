using System.Net;
using System.Net.Http.Json;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Users.Accounts;
using Ecommerce.Modules.Users.Data;
using Ecommerce.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Users.Tests;

/// <summary>How long a lock lasts, and what happens when it ends (its end moved to the past instead of waiting five minutes).</summary>
public sealed class LockoutExpiryTests
{
    [Test]
    public async Task The_lock_lasts_five_minutes()
    {
        var user = await LockedCustomerAsync();
        using var client = TestHost.App.Anonymous();

        var locked = await client.PostAsJsonAsync("/login", new { email = user.Email, password = user.Password });
        var lockoutEnd = await LockoutEndAsync(user);

        await locked.ExpectAsync(HttpStatusCode.TooManyRequests);
        Assert.Multiple(() =>
        {
            Assert.That(LockoutTests.RetryAfterSeconds(locked), Is.InRange(240, 300));
            Assert.That(lockoutEnd, Is.EqualTo(DateTimeOffset.UtcNow.AddMinutes(5)).Within(TimeSpan.FromMinutes(1)));
        });
    }

    [Test]
    public async Task Once_the_lock_has_ended_the_right_password_works_and_counting_starts_again()
    {
        var user = await LockedCustomerAsync();
        await EndLockAsync(user);
        using var client = TestHost.App.Anonymous();

        var wrong = await client.PostAsJsonAsync("/login", new { email = user.Email, password = "Wrong-password" });
        var right = await client.PostAsJsonAsync("/login", new { email = user.Email, password = user.Password });

        await wrong.ExpectProblemAsync(HttpStatusCode.BadRequest, "Invalid password");
        var body = await right.ExpectAsync(HttpStatusCode.OK);
        Assert.That(body.GetProperty("message").GetString(), Is.EqualTo("Login successful"));
    }

    private static async Task<TestUser> LockedCustomerAsync()
    {
        var user = await TestHost.App.NewCustomerAsync();
        using var client = TestHost.App.Anonymous();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await (await client.PostAsJsonAsync("/login", new { email = user.Email, password = "Wrong-password" })).ExpectAsync(HttpStatusCode.BadRequest);
        }

        return user;
    }

    private static async Task<DateTimeOffset?> LockoutEndAsync(TestUser user)
    {
        await using var scope = TestHost.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        return await users.GetLockoutEndDateAsync((await users.FindByEmailAsync(user.Email))!);
    }

    private static async Task EndLockAsync(TestUser user)
    {
        await using var scope = TestHost.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UsersDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        await db.WriteAsync(
            async _ =>
            {
                var account = (await users.FindByEmailAsync(user.Email))!;
                var ended = await users.SetLockoutEndDateAsync(account, DateTimeOffset.UtcNow.AddSeconds(-1));
                Assert.That(ended.Succeeded, Is.True);
            },
            CancellationToken.None);
    }
}
