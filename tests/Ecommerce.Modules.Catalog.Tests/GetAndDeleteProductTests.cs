using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Catalog.Tests;

public sealed class GetAndDeleteProductTests
{
    [Test]
    public async Task Reading_a_product_answers_200_with_exactly_its_fields()
    {
        var product = await (await TestHost.App.AdminAsync()).CreateAsync(name: "Readable", description: "Yes", price: 3.3m, stock: 33);
        using var anonymous = TestHost.App.Anonymous();

        var body = await (await anonymous.GetAsync($"/product/{product.Id}")).ExpectAsync(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(ProductView.KeysOf(body), Is.EquivalentTo(ProductView.Keys));
            Assert.That(ProductView.From(body), Is.EqualTo(product));
        });
    }

    [Test]
    public async Task Reading_an_unknown_product_is_404()
    {
        using var anonymous = TestHost.App.Anonymous();

        var response = await anonymous.GetAsync($"/product/{int.MaxValue}");

        await response.ExpectProblemAsync(HttpStatusCode.NotFound, "Product not found");
    }

    [TestCase("abc")]
    [TestCase("0")]
    [TestCase("-1")]
    public async Task Reading_with_an_id_that_is_not_a_positive_integer_is_400(string id)
    {
        using var anonymous = TestHost.App.Anonymous();

        var response = await anonymous.GetAsync($"/product/{id}");

        await response.ExpectValidationErrorAsync("id");
    }

    [Test]
    public async Task Deleting_answers_200_with_exactly_the_message_and_the_product_is_gone()
    {
        var admin = await TestHost.App.AdminAsync();
        var product = await admin.CreateAsync(name: "Doomed");

        var response = await admin.Client.DeleteAsync($"/product/{product.Id}");

        var body = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.That(body.GetRawText(), Is.EqualTo("""{"message":"Product deleted successfully"}"""));
        using var anonymous = TestHost.App.Anonymous();
        await (await anonymous.GetAsync($"/product/{product.Id}")).ExpectProblemAsync(HttpStatusCode.NotFound, "Product not found");
    }

    [Test]
    public async Task Deleting_twice_is_404_the_second_time()
    {
        var admin = await TestHost.App.AdminAsync();
        var product = await admin.CreateAsync(name: "Once");
        await (await admin.Client.DeleteAsync($"/product/{product.Id}")).ExpectAsync(HttpStatusCode.OK);

        var again = await admin.Client.DeleteAsync($"/product/{product.Id}");

        await again.ExpectProblemAsync(HttpStatusCode.NotFound, "Product not found");
    }

    [Test]
    public async Task Deleting_an_unknown_product_is_404()
    {
        var admin = await TestHost.App.AdminAsync();

        var response = await admin.Client.DeleteAsync($"/product/{int.MaxValue}");

        await response.ExpectProblemAsync(HttpStatusCode.NotFound, "Product not found");
    }

    [TestCase("abc")]
    [TestCase("0")]
    public async Task Deleting_with_an_id_that_is_not_a_positive_integer_is_400(string id)
    {
        var admin = await TestHost.App.AdminAsync();

        var response = await admin.Client.DeleteAsync($"/product/{id}");

        await response.ExpectValidationErrorAsync("id");
    }

    [Test]
    public async Task Concurrent_deletes_of_one_product_succeed_exactly_once()
    {
        var admin = await TestHost.App.AdminAsync();
        var product = await admin.CreateAsync(name: "Contested");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => admin.Client.DeleteAsync($"/product/{product.Id}")));

        Assert.Multiple(() =>
        {
            Assert.That(responses.Count(response => response.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
            Assert.That(responses.Count(response => response.StatusCode == HttpStatusCode.NotFound), Is.EqualTo(7));
        });
    }

    [Test]
    public async Task Deleting_one_product_leaves_the_others()
    {
        var admin = await TestHost.App.AdminAsync();
        var doomed = await admin.CreateAsync(name: "Doomed");
        var kept = await admin.CreateAsync(name: "Kept");

        await (await admin.Client.DeleteAsync($"/product/{doomed.Id}")).ExpectAsync(HttpStatusCode.OK);

        using var anonymous = TestHost.App.Anonymous();
        Assert.That(await anonymous.ReadAsync(kept.Id), Is.EqualTo(kept));
    }
}
