using Ecommerce.Testing;

namespace Ecommerce.Host.Tests;

public sealed class CorsTests
{
    private const string AllowedOrigin = "https://shop.example";

    [Test]
    public async Task A_listed_origin_may_call_cross_origin_and_others_may_not()
    {
        await using var app = new EcommerceApp(new Dictionary<string, string?>(StringComparer.Ordinal) { ["Cors:AllowedOrigins:0"] = AllowedOrigin });
        using var client = app.Anonymous();

        var allowed = await client.SendAsync(Preflight(AllowedOrigin));
        var other = await client.SendAsync(Preflight("https://evil.example"));

        Assert.Multiple(() =>
        {
            Assert.That(allowed.Headers.TryGetValues("Access-Control-Allow-Origin", out var origins) ? origins : [], Is.EqualTo(new[] { AllowedOrigin }));
            Assert.That(other.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
        });
    }

    [Test]
    public async Task With_no_origin_configured_cors_stays_closed()
    {
        using var client = TestHost.App.Anonymous();
        var response = await client.SendAsync(Preflight(AllowedOrigin));
        Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/products");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        return request;
    }
}
