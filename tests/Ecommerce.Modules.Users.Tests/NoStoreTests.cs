using System.Net;
using System.Net.Http.Json;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Users.Tests;

/// <summary>Tokens and account details are never kept by a browser or a shared cache: Cache-Control: no-store.</summary>
public sealed class NoStoreTests
{
    [Test]
    public async Task Register_login_and_validate_answer_with_no_store_whatever_the_outcome()
    {
        using var client = TestHost.App.Anonymous();
        var name = NewNames.Username();
        var email = $"{name}@test.local";

        var answers = new[]
        {
            await client.PostAsJsonAsync("/register", new { username = name, email, password = "Password-123" }),
            await client.PostAsJsonAsync("/register", new { username = name, email, password = "Password-123" }),
            await client.PostAsJsonAsync("/login", new { email, password = "Password-123" }),
            await client.PostAsJsonAsync("/login", new { email, password = "Wrong-password" }),
            await client.PostRawJsonAsync("/login", "{}"),
        };
        using var signedIn = TestHost.App.WithToken(await TestHost.App.LoginAsync(email, "Password-123"));
        var validate = await signedIn.GetAsync("/validate");

        Assert.Multiple(() =>
        {
            Assert.That(answers.Select(answer => answer.StatusCode), Is.EqualTo(new[]
            {
                HttpStatusCode.Created, HttpStatusCode.BadRequest, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest,
            }));
            foreach (var answer in answers.Append(validate))
            {
                Assert.That(answer.Headers.CacheControl?.NoStore, Is.True, $"{answer.RequestMessage!.RequestUri} {answer.StatusCode}");
            }
        });
    }
}
