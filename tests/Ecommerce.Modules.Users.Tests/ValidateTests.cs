using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Users.Tests;

public sealed class ValidateTests
{
    private static IEnumerable<TestCaseData> InvalidTokens()
    {
        yield return new TestCaseData("not-a-jwt").SetName("garbage");
        yield return new TestCaseData("aaa.bbb.ccc").SetName("three dots of garbage");
        yield return new TestCaseData(Tokens.Sign(signingKey: "another-signing-key-that-is-long-enough-too")).SetName("signed with another key");
        yield return new TestCaseData(Tokens.Sign(expires: DateTime.UtcNow.AddMinutes(-5))).SetName("expired beyond the clock skew");
        yield return new TestCaseData(Tokens.Sign(issuer: "someone-else")).SetName("wrong issuer");
        yield return new TestCaseData(Tokens.Sign(audience: "someone-else")).SetName("wrong audience");
        yield return new TestCaseData(Tokens.Unsigned()).SetName("alg none");
        yield return new TestCaseData(Tokens.Sign(expiring: false)).SetName("no expiry");
        yield return new TestCaseData(Tokens.Sign(issuer: "")).SetName("no issuer");
    }

    [Test]
    public async Task A_valid_token_answers_200_with_exactly_the_users_id_and_email()
    {
        var user = await TestHost.App.NewCustomerAsync();

        var response = await user.Client.GetAsync("/validate");

        var body = await response.ExpectAsync(HttpStatusCode.OK);
        var validated = body.GetProperty("user");
        Assert.Multiple(() =>
        {
            Assert.That(body.EnumerateObject().Select(property => property.Name), Is.EqualTo(new[] { "user" }));
            Assert.That(validated.EnumerateObject().Select(property => property.Name), Is.EquivalentTo(new[] { "id", "email" }));
            Assert.That(validated.GetProperty("id").GetInt32(), Is.EqualTo(user.Id));
            Assert.That(validated.GetProperty("email").GetString(), Is.EqualTo(user.Email));
        });
    }

    [Test]
    public async Task A_token_just_past_its_expiry_but_within_the_clock_skew_is_still_accepted()
    {
        using var client = TestHost.App.WithToken(Tokens.Sign(expires: DateTime.UtcNow.AddSeconds(-5)));

        var response = await client.GetAsync("/validate");

        await response.ExpectAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task No_authorization_header_is_401()
    {
        using var client = TestHost.App.Anonymous();

        var response = await client.GetAsync("/validate");

        await response.ExpectProblemAsync(HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [TestCase("Basic dXNlcjpwYXNz", TestName = "Basic scheme")]
    [TestCase("Bearer", TestName = "Bearer with nothing after it")]
    [TestCase("Bearer ", TestName = "Bearer and a space")]
    [TestCase("Token abc.def.ghi", TestName = "another scheme")]
    public async Task A_header_that_is_not_a_bearer_token_is_401(string header)
    {
        using var client = TestHost.App.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/validate");
        request.Headers.TryAddWithoutValidation("Authorization", header);

        var response = await client.SendAsync(request);

        await response.ExpectProblemAsync(HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [TestCaseSource(nameof(InvalidTokens))]
    public async Task A_token_that_fails_validation_is_403_invalid_token(string token)
    {
        using var client = TestHost.App.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/validate");
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");

        var response = await client.SendAsync(request);

        await response.ExpectProblemAsync(HttpStatusCode.Forbidden, "Invalid token");
        await response.ExpectNoInternalsAsync();
    }

    [Test]
    public async Task A_forged_token_with_the_real_key_and_no_flaw_is_accepted()
    {
        using var client = TestHost.App.WithToken(Tokens.Sign());

        var response = await client.GetAsync("/validate");

        var body = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.That(body.GetProperty("user").GetProperty("email").GetString(), Is.EqualTo("someone@test.local"));
    }
}
