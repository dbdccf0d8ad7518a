using System.Net.Http.Json;
using Ecommerce.Modules.Users.Domain;
using Ecommerce.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Users.Tests;

/// <summary>No account has an email over 254 characters or a password over 200: longer ones are refused before any lookup or hash.</summary>
public sealed class LoginBoundsTests
{
    [Test]
    public async Task An_email_over_254_characters_is_a_validation_error()
    {
        using var client = TestHost.App.Anonymous();

        var response = await client.PostAsJsonAsync("/login", new { email = new string('a', 244) + "@test.local", password = "Password-123" });

        await response.ExpectValidationErrorAsync("email");
    }

    [Test]
    public async Task A_password_over_200_characters_is_a_validation_error_and_does_not_count_as_a_failure()
    {
        var user = await TestHost.App.NewCustomerAsync();
        using var client = TestHost.App.Anonymous();

        var response = await client.PostAsJsonAsync("/login", new { email = user.Email, password = new string('p', 201) });

        await response.ExpectValidationErrorAsync("password");
        await using var scope = TestHost.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        Assert.That(await users.GetAccessFailedCountAsync((await users.FindByEmailAsync(user.Email))!), Is.Zero);
    }
}
