using System.Net;
using System.Net.Http.Json;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Catalog.Tests;

public sealed class CreateProductTests
{
    [Test]
    public async Task Creating_answers_201_with_exactly_the_product()
    {
        var admin = await TestHost.App.AdminAsync();

        var response = await admin.Client.PostAsJsonAsync("/product", new { name = "Chair", description = "Four legs", price = 49.95m, stock = 7 });

        var body = await response.ExpectAsync(HttpStatusCode.Created);
        var product = ProductView.From(body);
        Assert.Multiple(() =>
        {
            Assert.That(ProductView.KeysOf(body), Is.EquivalentTo(ProductView.Keys));
            Assert.That(product.Id, Is.Positive);
            Assert.That(product with { Id = 0 }, Is.EqualTo(new ProductView(0, "Chair", "Four legs", 49.95m, 7)));
        });
    }

    [Test]
    public async Task The_created_product_is_what_a_read_returns()
    {
        var admin = await TestHost.App.AdminAsync();
        var created = await admin.CreateAsync(name: "Shelf", description: "Pine", price: 0.01m, stock: 0);

        using var anonymous = TestHost.App.Anonymous();
        var read = await anonymous.ReadAsync(created.Id);

        Assert.That(read, Is.EqualTo(created));
    }

    [Test]
    public async Task The_description_is_optional_and_defaults_to_empty()
    {
        var admin = await TestHost.App.AdminAsync();

        var response = await admin.Client.PostAsJsonAsync("/product", new { name = "Plain", price = 1m, stock = 1 });

        var product = ProductView.From(await response.ExpectAsync(HttpStatusCode.Created));
        Assert.That(product.Description, Is.EqualTo(""));
    }

    [Test]
    public async Task The_limits_themselves_are_accepted()
    {
        var admin = await TestHost.App.AdminAsync();

        var largest = await admin.CreateAsync(name: new string('n', 200), description: new string('d', 2000), price: 1_000_000m, stock: 1_000_000_000);
        var smallest = await admin.CreateAsync(name: "x", description: "", price: 0m, stock: 0);

        Assert.Multiple(() =>
        {
            Assert.That(largest.Name, Has.Length.EqualTo(200));
            Assert.That(largest.Description, Has.Length.EqualTo(2000));
            Assert.That(largest.Price, Is.EqualTo(1_000_000m));
            Assert.That(largest.Stock, Is.EqualTo(1_000_000_000));
            Assert.That(smallest.Price, Is.Zero);
            Assert.That(smallest.Stock, Is.Zero);
        });
    }

    [Test]
    public async Task Two_decimals_are_kept_exactly()
    {
        var admin = await TestHost.App.AdminAsync();

        var response = await admin.Client.PostRawJsonAsync("/product", """{"name":"Cent","price":999999.99,"stock":1}""");

        var product = ProductView.From(await response.ExpectAsync(HttpStatusCode.Created));
        using var anonymous = TestHost.App.Anonymous();
        Assert.That((await anonymous.ReadAsync(product.Id)).Price, Is.EqualTo(999_999.99m));
    }
}
