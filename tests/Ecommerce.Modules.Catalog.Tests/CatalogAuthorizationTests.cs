using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Catalog.Tests;

/// <summary>Catalog writes need the Admin role; reads are public.</summary>
public sealed class CatalogAuthorizationTests
{
    private const string ValidBody = """{"name":"Refused","price":1,"stock":1}""";

    private static IEnumerable<TestCaseData> Writes()
    {
        yield return new TestCaseData("POST", "/product").SetName("{m}(create)");
        yield return new TestCaseData("PATCH", "/product/{id}").SetName("{m}(update)");
        yield return new TestCaseData("DELETE", "/product/{id}").SetName("{m}(delete)");
    }

    [TestCaseSource(nameof(Writes))]
    public async Task Without_a_token_a_write_is_401(string method, string path)
    {
        var product = await NewProductAsync();
        using var client = TestHost.App.Anonymous();

        var response = await client.SendAsync(Request(method, path, product.Id));

        await response.ExpectProblemAsync(HttpStatusCode.Unauthorized, "Unauthorized");
        await ExpectUnchangedAsync(product);
    }

    [TestCaseSource(nameof(Writes))]
    public async Task A_customer_is_403_forbidden(string method, string path)
    {
        var product = await NewProductAsync();
        var customer = await TestHost.App.NewCustomerAsync();

        var response = await customer.Client.SendAsync(Request(method, path, product.Id));

        await response.ExpectProblemAsync(HttpStatusCode.Forbidden, "Forbidden");
        await ExpectUnchangedAsync(product);
    }

    [TestCaseSource(nameof(Writes))]
    public async Task A_bad_token_is_403_invalid_token(string method, string path)
    {
        var product = await NewProductAsync();
        using var client = TestHost.App.WithToken("not.a.token");

        var response = await client.SendAsync(Request(method, path, product.Id));

        await response.ExpectProblemAsync(HttpStatusCode.Forbidden, "Invalid token");
        await ExpectUnchangedAsync(product);
    }

    [Test]
    public async Task Reads_need_no_token()
    {
        var product = await NewProductAsync();
        using var client = TestHost.App.Anonymous();

        await (await client.GetAsync($"/product/{product.Id}")).ExpectAsync(HttpStatusCode.OK);
        await (await client.GetAsync("/products")).ExpectAsync(HttpStatusCode.OK);
        await (await client.PostRawJsonAsync("/product/stock", $$"""{"ids":[{{product.Id}}]}""")).ExpectAsync(HttpStatusCode.OK);
    }

    private static async Task<ProductView> NewProductAsync() => await (await TestHost.App.AdminAsync()).CreateAsync(name: "Guarded", stock: 3);

    private static HttpRequestMessage Request(string method, string path, int id) =>
        new(new HttpMethod(method), path.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            Content = string.Equals(method, "DELETE", StringComparison.Ordinal) ? null : new StringContent(ValidBody, System.Text.Encoding.UTF8, "application/json"),
        };

    private static async Task ExpectUnchangedAsync(ProductView product)
    {
        using var client = TestHost.App.Anonymous();
        Assert.That(await client.ReadAsync(product.Id), Is.EqualTo(product));
    }
}
