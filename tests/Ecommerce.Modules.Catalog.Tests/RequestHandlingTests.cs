using System.Net;
using System.Text;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Catalog.Tests;

public sealed class RequestHandlingTests
{
    private const int OverOneMegabyte = (1024 * 1024) + 1;

    [Test]
    public async Task A_body_above_1_MB_is_413_for_an_admin_write()
    {
        var admin = await TestHost.App.AdminAsync();

        var response = await admin.Client.PostAsync("/product", OversizeBody());

        var problem = await response.ExpectAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.That(problem.GetProperty("message").GetString(), Is.Not.Empty);
        await response.ExpectNoInternalsAsync();
    }

    [Test]
    public async Task A_body_above_1_MB_is_413_for_an_anonymous_request_too()
    {
        using var client = TestHost.App.Anonymous();

        var response = await client.PostAsync("/product/stock", OversizeBody());

        await response.ExpectAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task A_body_of_just_under_1_MB_is_read()
    {
        var admin = await TestHost.App.AdminAsync();
        var padding = new string(' ', (1024 * 1024) - 100);

        var response = await admin.Client.PostRawJsonAsync("/product", $$"""{"name":"Padded",{{padding}}"price":1,"stock":1}""");

        await response.ExpectAsync(HttpStatusCode.Created);
    }

    [Test]
    public async Task Unknown_fields_on_create_are_ignored()
    {
        var admin = await TestHost.App.AdminAsync();

        var response = await admin.Client.PostRawJsonAsync("/product", """{"id":999999999,"name":"Extra","price":2,"stock":3,"colour":"red","reserved":100}""");

        var created = ProductView.From(await response.ExpectAsync(HttpStatusCode.Created));
        using var anonymous = TestHost.App.Anonymous();
        Assert.Multiple(() =>
        {
            Assert.That(created.Id, Is.Not.EqualTo(999999999));
            Assert.That(created with { Id = 0 }, Is.EqualTo(new ProductView(0, "Extra", "", 2m, 3)));
        });
        await (await anonymous.GetAsync("/product/999999999")).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Unknown_fields_on_update_are_ignored_and_never_change_the_id()
    {
        var admin = await TestHost.App.AdminAsync();
        var product = await admin.CreateAsync(stock: 9);

        var response = await admin.Client.PatchRawJsonAsync($"/product/{product.Id}", """{"id":999999998,"stock":4,"unknown":true}""");

        var updated = ProductView.From(await response.ExpectAsync(HttpStatusCode.OK));
        Assert.That(updated, Is.EqualTo(product with { Stock = 4 }));
    }

    [Test]
    public async Task An_unknown_path_is_a_404_problem_with_a_message()
    {
        using var client = TestHost.App.Anonymous();

        var response = await client.GetAsync("/no-such-thing");

        await ExpectProblemWithMessageAsync(response, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_method_the_path_does_not_take_is_a_405_problem_with_a_message()
    {
        var admin = await TestHost.App.AdminAsync();
        var product = await admin.CreateAsync();

        var response = await admin.Client.PutAsync($"/product/{product.Id}", new StringContent("{}", Encoding.UTF8, "application/json"));

        await ExpectProblemWithMessageAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    private static async Task ExpectProblemWithMessageAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var problem = await response.ExpectAsync(status);
        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo((int)status));
            Assert.That(problem.GetProperty("message").GetString(), Is.Not.Empty);
        });
    }

    private static StringContent OversizeBody()
    {
        var json = new StringBuilder("{\"name\":\"Huge\",\"description\":\"");
        json.Append('x', OverOneMegabyte);
        json.Append("\",\"price\":1,\"stock\":1,\"ids\":[1]}");
        return new StringContent(json.ToString(), Encoding.UTF8, "application/json");
    }
}
