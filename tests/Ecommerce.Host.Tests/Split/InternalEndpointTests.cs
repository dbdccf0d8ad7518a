using System.Net;
using System.Net.Http.Json;
using Ecommerce.BuildingBlocks.Placement;
using Ecommerce.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Host.Tests.Split;

/// <summary>The internal endpoints answer other hosts' questions only with the service credential; users' tokens do not open them.</summary>
public sealed class InternalEndpointTests
{
    private const string FindProducts = "/internal/catalog/FindProducts/ProductsFound";

    private static EcommerceApp App => TestHost.App;

    [Test]
    public async Task A_customer_s_token_is_refused()
    {
        var customer = await App.NewCustomerAsync();

        var response = await customer.Client.PostAsJsonAsync(FindProducts, new { productIds = new[] { 1 } });

        await response.ExpectProblemAsync(HttpStatusCode.Forbidden, "Forbidden");
    }

    [Test]
    public async Task An_admin_s_token_is_refused()
    {
        var admin = await App.AdminAsync();

        var response = await admin.Client.PostAsJsonAsync(FindProducts, new { productIds = new[] { 1 } });

        await response.ExpectProblemAsync(HttpStatusCode.Forbidden, "Forbidden");
    }

    [Test]
    public async Task A_wrong_credential_is_refused()
    {
        using var client = App.Anonymous();
        client.DefaultRequestHeaders.Add(ServiceCredential.HeaderName, Convert.ToBase64String(new byte[32]));

        var response = await client.PostAsJsonAsync(FindProducts, new { productIds = new[] { 1 } });

        await response.ExpectProblemAsync(HttpStatusCode.Forbidden, "Forbidden");
    }

    [Test]
    public async Task The_service_credential_gets_the_module_s_answer()
    {
        var product = await (await App.AdminAsync()).NewProductAsync(stock: 6, price: 2.5m);
        using var client = WithCredential();

        var answer = await (await client.PostAsJsonAsync(FindProducts, new { productIds = new[] { product, int.MaxValue } })).ExpectAsync(HttpStatusCode.OK);

        var found = answer.GetProperty("products").EnumerateArray().ToList();
        Assert.That(found, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(found[0].GetProperty("id").GetInt32(), Is.EqualTo(product));
            Assert.That(found[0].GetProperty("stock").GetInt32(), Is.EqualTo(6));
            Assert.That(found[0].GetProperty("price").GetDecimal(), Is.EqualTo(2.5m));
        });
    }

    [TestCase("/internal/catalog/GetCartLines/CartLines")]
    [TestCase("/internal/catalog/FindProducts/OrderPlaced")]
    [TestCase("/internal/carts/GetCartLines/Nothing")]
    public async Task A_question_the_module_does_not_answer_is_404(string path)
    {
        using var client = WithCredential();

        var response = await client.PostAsJsonAsync(path, new { customerId = 1 });

        await response.ExpectProblemAsync(HttpStatusCode.NotFound, "Not found");
    }

    [Test]
    public async Task A_body_that_is_not_the_question_is_400()
    {
        using var client = WithCredential();

        var response = await client.PostAsync(FindProducts, new StringContent("[1,2", System.Text.Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task The_public_OpenAPI_document_has_no_internal_endpoint()
    {
        var document = await (await App.Anonymous().GetAsync("/swagger/v1/swagger.json")).ExpectAsync(HttpStatusCode.OK);

        var paths = document.GetProperty("paths").EnumerateObject().Select(path => path.Name).ToList();
        Assert.That(paths, Has.Some.StartsWith("/product"));
        Assert.That(paths, Has.None.StartsWith("/internal"));
    }

    private static HttpClient WithCredential()
    {
        var client = App.Anonymous();
        client.DefaultRequestHeaders.Add(ServiceCredential.HeaderName, App.Services.GetRequiredService<ServiceCredential>().Value);
        return client;
    }
}
