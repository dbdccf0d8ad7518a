using System.Net;
using System.Net.Http.Json;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Users.Tests;

public sealed class DuplicateRegistrationTests
{
    [Test]
    public async Task The_same_email_and_username_again_is_refused()
    {
        var existing = await TestHost.App.NewCustomerAsync();
        using var client = TestHost.App.Anonymous();

        var response = await client.PostAsJsonAsync("/register", new { username = existing.Username, email = existing.Email, password = "Password-1" });

        await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "User already exists");
    }

    [Test]
    public async Task A_taken_email_in_another_case_is_refused_even_with_a_new_username()
    {
        var existing = await TestHost.App.NewCustomerAsync();
        using var client = TestHost.App.Anonymous();

        var response = await client.PostAsJsonAsync("/register", new { username = NewNames.Username(), email = existing.Email.ToUpperInvariant(), password = "Password-1" });

        await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "User already exists");
    }

    [Test]
    public async Task A_taken_username_in_another_case_is_refused_even_with_a_new_email()
    {
        var existing = await TestHost.App.NewCustomerAsync();
        using var client = TestHost.App.Anonymous();

        var response = await client.PostAsJsonAsync("/register", new { username = existing.Username.ToUpperInvariant(), email = NewNames.Email(), password = "Password-1" });

        await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "User already exists");
    }

    [Test]
    public async Task The_refused_registration_does_not_change_the_existing_account()
    {
        var existing = await TestHost.App.NewCustomerAsync();
        using var client = TestHost.App.Anonymous();

        var response = await client.PostAsJsonAsync("/register", new { username = NewNames.Username(), email = existing.Email, password = "Another-password" });
        await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "User already exists");

        var login = await client.PostAsJsonAsync("/login", new { email = existing.Email, password = "Another-password" });
        await login.ExpectProblemAsync(HttpStatusCode.BadRequest, "Invalid password");
    }

    [Test]
    public async Task Concurrent_registrations_of_one_email_create_exactly_one_account()
    {
        var email = NewNames.Email();
        using var client = TestHost.App.Anonymous();

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(index =>
            client.PostAsJsonAsync("/register", new { username = NewNames.Username(), email = index % 2 == 0 ? email : email.ToUpperInvariant(), password = "Password-1" })));

        var statuses = responses.Select(response => response.StatusCode).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(statuses.Count(status => status == HttpStatusCode.Created), Is.EqualTo(1));
            Assert.That(statuses.Count(status => status == HttpStatusCode.BadRequest), Is.EqualTo(11));
        });
        foreach (var refused in responses.Where(response => response.StatusCode != HttpStatusCode.Created))
        {
            await refused.ExpectProblemAsync(HttpStatusCode.BadRequest, "User already exists");
        }
    }

    [Test]
    public async Task Concurrent_registrations_of_one_username_create_exactly_one_account()
    {
        var username = NewNames.Username();
        using var client = TestHost.App.Anonymous();

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ =>
            client.PostAsJsonAsync("/register", new { username, email = NewNames.Email(), password = "Password-1" })));

        Assert.That(responses.Count(response => response.StatusCode == HttpStatusCode.Created), Is.EqualTo(1));
        foreach (var refused in responses.Where(response => response.StatusCode != HttpStatusCode.Created))
        {
            await refused.ExpectProblemAsync(HttpStatusCode.BadRequest, "User already exists");
        }
    }
}
