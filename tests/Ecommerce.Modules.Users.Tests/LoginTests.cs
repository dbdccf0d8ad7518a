using System.Net;
using System.Net.Http.Json;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Users.Tests;

public sealed class LoginTests
{
    [Test]
    public async Task The_right_password_answers_200_with_exactly_the_message_and_a_token()
    {
        var user = await TestHost.App.NewCustomerAsync();
        using var client = TestHost.App.Anonymous();

        var response = await client.PostAsJsonAsync("/login", new { email = user.Email, password = user.Password });

        var body = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(body.EnumerateObject().Select(property => property.Name), Is.EquivalentTo(new[] { "message", "token" }));
            Assert.That(body.GetProperty("message").GetString(), Is.EqualTo("Login successful"));
            Assert.That(body.GetProperty("token").GetString(), Is.Not.Empty);
        });
    }

    [Test]
    public async Task The_email_is_matched_whatever_its_case()
    {
        using var client = TestHost.App.Anonymous();
        var username = NewNames.Username();
        var registered = await client.PostAsJsonAsync("/register", new { username, email = $"Mixed.{username}@Test.Local", password = "Password-1" });
        await registered.ExpectAsync(HttpStatusCode.Created);

        var upper = await client.PostAsJsonAsync("/login", new { email = $"MIXED.{username.ToUpperInvariant()}@TEST.LOCAL", password = "Password-1" });
        var lower = await client.PostAsJsonAsync("/login", new { email = $"mixed.{username}@test.local", password = "Password-1" });

        await upper.ExpectAsync(HttpStatusCode.OK);
        await lower.ExpectAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task An_unknown_email_answers_404_user_not_found()
    {
        using var client = TestHost.App.Anonymous();

        var response = await client.PostAsJsonAsync("/login", new { email = NewNames.Email(), password = "Password-1" });

        await response.ExpectProblemAsync(HttpStatusCode.NotFound, "User not found");
    }

    [Test]
    public async Task A_wrong_password_answers_400_invalid_password()
    {
        var user = await TestHost.App.NewCustomerAsync();
        using var client = TestHost.App.Anonymous();

        var response = await client.PostAsJsonAsync("/login", new { email = user.Email, password = user.Password + "x" });

        await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "Invalid password");
    }

    [Test]
    public async Task The_password_is_case_sensitive()
    {
        var user = await TestHost.App.NewCustomerAsync();
        using var client = TestHost.App.Anonymous();

        var response = await client.PostAsJsonAsync("/login", new { email = user.Email, password = user.Password.ToUpperInvariant() });

        await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "Invalid password");
    }

    [TestCase("{}", "email", TestName = "nothing given")]
    [TestCase("""{"email":"someone@test.local"}""", "password", TestName = "password missing")]
    [TestCase("""{"password":"Password-1"}""", "email", TestName = "email missing")]
    [TestCase("""{"email":42,"password":"Password-1"}""", "email", TestName = "email is a number")]
    [TestCase("""{"email":"someone@test.local","password":""}""", "password", TestName = "password empty")]
    public async Task An_incomplete_login_is_a_validation_error(string json, string field)
    {
        using var client = TestHost.App.Anonymous();

        var response = await client.PostRawJsonAsync("/login", json);

        await response.ExpectValidationErrorAsync(field);
    }

    [Test]
    public async Task A_malformed_login_body_is_a_validation_error()
    {
        using var client = TestHost.App.Anonymous();

        var response = await client.PostRawJsonAsync("/login", "{\"email\":");

        await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "Validation error");
        await response.ExpectNoInternalsAsync();
    }
}
