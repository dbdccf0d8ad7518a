using Ecommerce.Modules.Catalog.Contracts;
using Ecommerce.Testing;
using MassTransit.Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Catalog.Tests;

/// <summary>The question other modules ask the catalog in process, over the MassTransit mediator.</summary>
public sealed class FindProductsTests
{
    [Test]
    public async Task Existing_products_are_answered_and_missing_ones_left_out()
    {
        var admin = await TestHost.App.AdminAsync();
        var lamp = await admin.CreateAsync(name: "Lamp", price: 12.5m, stock: 4);
        var rug = await admin.CreateAsync(name: "Rug", price: 80m, stock: 0);
        var client = TestHost.App.Services.GetRequiredService<IMediator>().CreateRequestClient<FindProducts>();

        var response = await client.GetResponse<ProductsFound>(new FindProducts([lamp.Id, int.MaxValue, rug.Id, lamp.Id]));

        Assert.That(response.Message.Products, Is.EquivalentTo(new[]
        {
            new ProductSnapshot(lamp.Id, "Lamp", 12.5m, 4),
            new ProductSnapshot(rug.Id, "Rug", 80m, 0),
        }));
    }

    [Test]
    public async Task A_scoped_mediator_answers_with_the_current_state()
    {
        var admin = await TestHost.App.AdminAsync();
        var product = await admin.CreateAsync(name: "Vase", price: 5m, stock: 9);
        await (await admin.Client.PatchRawJsonAsync($"/product/{product.Id}", """{"price":6.25,"stock":2}""")).ExpectAsync(System.Net.HttpStatusCode.OK);
        await using var scope = TestHost.App.Services.CreateAsyncScope();
        var client = scope.ServiceProvider.GetRequiredService<IScopedMediator>().CreateRequestClient<FindProducts>();

        var response = await client.GetResponse<ProductsFound>(new FindProducts([product.Id]));

        Assert.That(response.Message.Products, Is.EqualTo(new[] { new ProductSnapshot(product.Id, "Vase", 6.25m, 2) }));
    }

    [Test]
    public async Task Only_missing_products_give_an_empty_answer()
    {
        var client = TestHost.App.Services.GetRequiredService<IMediator>().CreateRequestClient<FindProducts>();

        var response = await client.GetResponse<ProductsFound>(new FindProducts([int.MaxValue, int.MaxValue - 1]));

        Assert.That(response.Message.Products, Is.Empty);
    }
}
