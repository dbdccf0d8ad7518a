using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>Every order endpoint needs a signed-in caller.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.AllAndSplit))]
public sealed class OrdersAuthTests(Transport transport) : ApiFixture(transport)
{
    [TestCase("POST", "/order", null)]
    [TestCase("GET", "/orders", null)]
    [TestCase("GET", "/order/1", null)]
    [TestCase("PATCH", "/order/1", "{\"status\":\"Cancelled\"}")]
    [TestCase("DELETE", "/order/1", null)]
    [TestCase("GET", "/orders/1/checkout", null)]
    [TestCase("POST", "/orders/1/checkout", null)]
    public async Task Without_a_token_the_answer_is_unauthorized(string method, string path, string? body)
    {
        using var anonymous = App.Anonymous();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        await (await anonymous.SendAsync(request)).ExpectProblemAsync(HttpStatusCode.Unauthorized, "Unauthorized");
    }
}
