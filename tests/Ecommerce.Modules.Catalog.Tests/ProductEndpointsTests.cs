using System.Net;
using System.Net.Http.Json;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Catalog.Tests;

public sealed class ProductEndpointsTests
{
    [Test]
    public async Task Admin_creates_a_product_that_anyone_can_read()
    {
        var admin = await TestHost.App.AdminAsync();
        var response = await admin.Client.PostAsJsonAsync("/product", new { name = "Lamp", description = "Warm", price = 12.5m, stock = 3 });
        var created = await response.ExpectAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();

        using var anonymous = TestHost.App.Anonymous();
        var read = await (await anonymous.GetAsync($"/product/{id}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(read.GetProperty("name").GetString(), Is.EqualTo("Lamp"));
            Assert.That(read.GetProperty("description").GetString(), Is.EqualTo("Warm"));
            Assert.That(read.GetProperty("price").GetDecimal(), Is.EqualTo(12.5m));
            Assert.That(read.GetProperty("stock").GetInt32(), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task A_customer_may_not_create_products()
    {
        var customer = await TestHost.App.NewCustomerAsync();
        var response = await customer.Client.PostAsJsonAsync("/product", new { name = "Lamp", price = 1m, stock = 1 });
        await response.ExpectProblemAsync(HttpStatusCode.Forbidden, "Forbidden");
    }
}
