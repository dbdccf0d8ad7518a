using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Carts.Tests;

/// <summary>Every cart endpoint needs a signed-in caller.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.AllAndSplit))]
public sealed class CartAuthTests(Transport transport) : ApiFixture(transport)
{
    [TestCase("GET", "/cart", null)]
    [TestCase("POST", "/cart", "{\"productId\":1,\"quantity\":1}")]
    [TestCase("PATCH", "/cart/1", "{\"qty\":1}")]
    [TestCase("DELETE", "/cart/1", null)]
    public async Task Without_a_token_the_answer_is_unauthorized(string method, string path, string? body)
    {
        using var anonymous = App.Anonymous();
        using var request = body is null
            ? new HttpRequestMessage(new HttpMethod(method), path)
            : CartApi.Json(new HttpMethod(method), path, body);

        await (await anonymous.SendAsync(request)).ExpectProblemAsync(HttpStatusCode.Unauthorized, "Unauthorized");
    }
}
