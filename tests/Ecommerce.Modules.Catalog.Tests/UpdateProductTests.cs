using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Catalog.Tests;

public sealed class UpdateProductTests
{
    private static IEnumerable<TestCaseData> SingleFieldChanges()
    {
        var original = Original;
        yield return new TestCaseData("""{"name":"Renamed"}""", original with { Name = "Renamed" }).SetName("name only");
        yield return new TestCaseData("""{"description":"Redescribed"}""", original with { Description = "Redescribed" }).SetName("description only");
        yield return new TestCaseData("""{"description":""}""", original with { Description = "" }).SetName("description emptied");
        yield return new TestCaseData("""{"price":0.5}""", original with { Price = 0.5m }).SetName("price only");
        yield return new TestCaseData("""{"stock":0}""", original with { Stock = 0 }).SetName("stock only");
        yield return new TestCaseData("""{}""", original).SetName("nothing");
        yield return new TestCaseData("""{"name":"All","description":"New","price":1000000,"stock":1000000000}""", new ProductView(0, "All", "New", 1_000_000m, 1_000_000_000)).SetName("all four");
    }

    private static IEnumerable<TestCaseData> InvalidChanges()
    {
        yield return new TestCaseData("""{"name":""}""", "name").SetName("name empty");
        yield return new TestCaseData("""{"name":"  "}""", "name").SetName("name whitespace");
        yield return new TestCaseData($$"""{"name":"{{new string('n', 201)}}"}""", "name").SetName("name of 201 characters");
        yield return new TestCaseData($$"""{"description":"{{new string('d', 2001)}}"}""", "description").SetName("description of 2001 characters");
        yield return new TestCaseData("""{"price":-1}""", "price").SetName("price negative");
        yield return new TestCaseData("""{"price":1000000.01}""", "price").SetName("price above a million");
        yield return new TestCaseData("""{"price":0.001}""", "price").SetName("price with 3 decimals");
        yield return new TestCaseData("""{"price":"abc"}""", "price").SetName("price a string");
        yield return new TestCaseData("""{"stock":-1}""", "stock").SetName("stock negative");
        yield return new TestCaseData("""{"stock":1000000001}""", "stock").SetName("stock above a billion");
        yield return new TestCaseData("""{"stock":2.5}""", "stock").SetName("stock a decimal");
        yield return new TestCaseData("""{"stock":"abc"}""", "stock").SetName("stock a string");
        yield return new TestCaseData("""{"name":"Fine","stock":-5}""", "stock").SetName("one good field and one bad");
    }

    private static ProductView Original => new(0, "Original", "As created", 10.5m, 8);

    [TestCaseSource(nameof(SingleFieldChanges))]
    public async Task A_subset_changes_only_its_fields(string json, ProductView expected)
    {
        var admin = await TestHost.App.AdminAsync();
        var product = await admin.CreateAsync(Original.Name, Original.Description, Original.Price, Original.Stock);

        var response = await admin.Client.PatchRawJsonAsync($"/product/{product.Id}", json);

        var body = await response.ExpectAsync(HttpStatusCode.OK);
        using var anonymous = TestHost.App.Anonymous();
        var stored = await anonymous.ReadAsync(product.Id);
        Assert.Multiple(() =>
        {
            Assert.That(ProductView.KeysOf(body), Is.EquivalentTo(ProductView.Keys));
            Assert.That(ProductView.From(body), Is.EqualTo(expected with { Id = product.Id }));
            Assert.That(stored, Is.EqualTo(expected with { Id = product.Id }));
        });
    }

    [TestCaseSource(nameof(InvalidChanges))]
    public async Task An_invalid_field_is_a_400_naming_it_and_changes_nothing(string json, string field)
    {
        var admin = await TestHost.App.AdminAsync();
        var product = await admin.CreateAsync(Original.Name, Original.Description, Original.Price, Original.Stock);

        var response = await admin.Client.PatchRawJsonAsync($"/product/{product.Id}", json);

        await response.ExpectValidationErrorAsync(field);
        await response.ExpectNoInternalsAsync();
        using var anonymous = TestHost.App.Anonymous();
        Assert.That(await anonymous.ReadAsync(product.Id), Is.EqualTo(product));
    }

    [Test]
    public async Task An_unknown_product_is_404()
    {
        var admin = await TestHost.App.AdminAsync();

        var response = await admin.Client.PatchRawJsonAsync($"/product/{int.MaxValue}", """{"name":"Ghost"}""");

        await response.ExpectProblemAsync(HttpStatusCode.NotFound, "Product not found");
    }

    [TestCase("abc")]
    [TestCase("0")]
    [TestCase("-1")]
    [TestCase("1.5")]
    [TestCase("99999999999")]
    public async Task An_id_that_is_not_a_positive_integer_is_a_400_validation_error(string id)
    {
        var admin = await TestHost.App.AdminAsync();

        var response = await admin.Client.PatchRawJsonAsync($"/product/{id}", """{"name":"Whatever"}""");

        await response.ExpectValidationErrorAsync("id");
        await response.ExpectNoInternalsAsync();
    }

    [Test]
    public async Task A_malformed_body_is_a_400_validation_error()
    {
        var admin = await TestHost.App.AdminAsync();
        var product = await admin.CreateAsync();

        var response = await admin.Client.PatchRawJsonAsync($"/product/{product.Id}", "{\"name\":");

        await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "Validation error");
        await response.ExpectNoInternalsAsync();
    }
}
