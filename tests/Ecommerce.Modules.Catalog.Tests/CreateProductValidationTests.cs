using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Catalog.Tests;

public sealed class CreateProductValidationTests
{
    private static readonly string Name201 = new('n', 201);
    private static readonly string Description2001 = new('d', 2001);

    private static IEnumerable<TestCaseData> InvalidBodies()
    {
        yield return Case("name empty", """{"name":"","price":1,"stock":1}""", "name");
        yield return Case("name whitespace", """{"name":"   ","price":1,"stock":1}""", "name");
        yield return Case("name of 201 characters", $$"""{"name":"{{Name201}}","price":1,"stock":1}""", "name");
        yield return Case("name missing", """{"price":1,"stock":1}""", "name");
        yield return Case("name null", """{"name":null,"price":1,"stock":1}""", "name");
        yield return Case("name a number", """{"name":5,"price":1,"stock":1}""", "name");
        yield return Case("description of 2001 characters", $$"""{"name":"ok","description":"{{Description2001}}","price":1,"stock":1}""", "description");
        yield return Case("description an object", """{"name":"ok","description":{},"price":1,"stock":1}""", "description");
        yield return Case("price negative", """{"name":"ok","price":-0.01,"stock":1}""", "price");
        yield return Case("price above a million", """{"name":"ok","price":1000000.01,"stock":1}""", "price");
        yield return Case("price with 3 decimals", """{"name":"ok","price":1.234,"stock":1}""", "price");
        yield return Case("price a string", """{"name":"ok","price":"10","stock":1}""", "price");
        yield return Case("price missing", """{"name":"ok","stock":1}""", "price");
        yield return Case("price null", """{"name":"ok","price":null,"stock":1}""", "price");
        yield return Case("stock negative", """{"name":"ok","price":1,"stock":-1}""", "stock");
        yield return Case("stock above a billion", """{"name":"ok","price":1,"stock":1000000001}""", "stock");
        yield return Case("stock beyond any integer", """{"name":"ok","price":1,"stock":10000000000}""", "stock");
        yield return Case("stock a decimal", """{"name":"ok","price":1,"stock":1.5}""", "stock");
        yield return Case("stock a string", """{"name":"ok","price":1,"stock":"5"}""", "stock");
        yield return Case("stock missing", """{"name":"ok","price":1}""", "stock");
    }

    [TestCaseSource(nameof(InvalidBodies))]
    public async Task An_invalid_field_is_a_400_naming_it(string json, string field)
    {
        var admin = await TestHost.App.AdminAsync();

        var response = await admin.Client.PostRawJsonAsync("/product", json);

        await response.ExpectValidationErrorAsync(field);
        await response.ExpectNoInternalsAsync();
    }

    [Test]
    public async Task Every_bad_field_is_named_at_once()
    {
        var admin = await TestHost.App.AdminAsync();

        var response = await admin.Client.PostRawJsonAsync("/product", $$"""{"name":"","description":"{{Description2001}}","price":-1,"stock":-1}""");

        var problem = await response.ExpectValidationErrorAsync("name");
        Assert.That(CatalogClient.ErrorFields(problem), Is.EquivalentTo(new[] { "name", "description", "price", "stock" }));
    }

    [TestCase("{\"name\":\"ok\",", TestName = "truncated JSON")]
    [TestCase("", TestName = "no body")]
    [TestCase("[1,2]", TestName = "an array")]
    public async Task A_malformed_body_is_a_400_validation_error(string json)
    {
        var admin = await TestHost.App.AdminAsync();

        var response = await admin.Client.PostRawJsonAsync("/product", json);

        await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "Validation error");
        await response.ExpectNoInternalsAsync();
    }

    private static TestCaseData Case(string name, string json, string field) => new TestCaseData(json, field).SetName(name);
}
