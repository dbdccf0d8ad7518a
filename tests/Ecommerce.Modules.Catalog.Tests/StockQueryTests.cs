using System.Net;
using System.Text.Json;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Catalog.Tests;

public sealed class StockQueryTests
{
    private const int Missing = int.MaxValue;

    [Test]
    public async Task Only_existing_ids_are_answered_in_the_order_first_asked_each_once()
    {
        var admin = await TestHost.App.AdminAsync();
        var a = await admin.CreateAsync(stock: 1);
        var b = await admin.CreateAsync(stock: 2);
        var c = await admin.CreateAsync(stock: 3);
        using var client = TestHost.App.Anonymous();

        var response = await client.PostRawJsonAsync("/product/stock", $$"""{"ids":[{{c.Id}},{{Missing}},{{a.Id}},{{c.Id}},{{b.Id}},{{a.Id}}]}""");

        var answer = (await response.ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(answer.Select(Pair), Is.EqualTo(new[] { (c.Id, 3), (a.Id, 1), (b.Id, 2) }));
            Assert.That(answer.Select(KeysOf), Has.All.EquivalentTo(new[] { "id", "stock" }));
        });
    }

    [Test]
    public async Task Ids_of_no_product_give_an_empty_list()
    {
        using var client = TestHost.App.Anonymous();

        var response = await client.PostRawJsonAsync("/product/stock", $$"""{"ids":[{{Missing}},{{Missing - 1}}]}""");

        Assert.That((await response.ExpectAsync(HttpStatusCode.OK)).GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task A_hundred_ids_are_accepted()
    {
        var product = await (await TestHost.App.AdminAsync()).CreateAsync(stock: 4);
        var ids = Enumerable.Range(Missing - 98, 99).Prepend(product.Id);
        using var client = TestHost.App.Anonymous();

        var response = await client.PostRawJsonAsync("/product/stock", JsonSerializer.Serialize(new { ids }));

        var answer = (await response.ExpectAsync(HttpStatusCode.OK)).EnumerateArray().Select(Pair);
        Assert.That(answer, Is.EqualTo(new[] { (product.Id, 4) }));
    }

    [Test]
    public async Task The_stock_answered_is_the_current_stock()
    {
        var admin = await TestHost.App.AdminAsync();
        var product = await admin.CreateAsync(stock: 10);
        await (await admin.Client.PatchRawJsonAsync($"/product/{product.Id}", """{"stock":6}""")).ExpectAsync(HttpStatusCode.OK);
        using var client = TestHost.App.Anonymous();

        var response = await client.PostRawJsonAsync("/product/stock", $$"""{"ids":[{{product.Id}}]}""");

        Assert.That((await response.ExpectAsync(HttpStatusCode.OK)).EnumerateArray().Select(Pair), Is.EqualTo(new[] { (product.Id, 6) }));
    }

    [TestCase("""{"ids":[]}""", TestName = "empty list")]
    [TestCase("""{}""", TestName = "ids missing")]
    [TestCase("""{"ids":null}""", TestName = "ids null")]
    [TestCase("""{"ids":"1,2"}""", TestName = "ids a string")]
    [TestCase("""{"ids":[1,"two"]}""", TestName = "an id a string")]
    [TestCase("""{"ids":[1.5]}""", TestName = "an id a decimal")]
    public async Task A_missing_or_mistyped_list_is_400_naming_ids(string json)
    {
        using var client = TestHost.App.Anonymous();

        var response = await client.PostRawJsonAsync("/product/stock", json);

        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "Validation error");
        Assert.That(CatalogClient.ErrorFields(problem), Has.Some.StartsWith("ids"));
        await response.ExpectNoInternalsAsync();
    }

    [Test]
    public async Task A_hundred_and_one_ids_are_400()
    {
        using var client = TestHost.App.Anonymous();

        var response = await client.PostRawJsonAsync("/product/stock", JsonSerializer.Serialize(new { ids = Enumerable.Range(1, 101) }));

        await response.ExpectValidationErrorAsync("ids");
    }

    [TestCase(0)]
    [TestCase(-3)]
    public async Task An_id_that_is_not_positive_is_400(int id)
    {
        using var client = TestHost.App.Anonymous();

        var response = await client.PostRawJsonAsync("/product/stock", $$"""{"ids":[1,{{id}}]}""");

        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "Validation error");
        Assert.That(CatalogClient.ErrorFields(problem), Has.Some.StartsWith("ids"));
    }

    private static (int Id, int Stock) Pair(JsonElement entry) => (entry.GetProperty("id").GetInt32(), entry.GetProperty("stock").GetInt32());

    private static IEnumerable<string> KeysOf(JsonElement entry) => entry.EnumerateObject().Select(property => property.Name);
}
