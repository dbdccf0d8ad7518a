using System.Text.Json;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Catalog.Tests;

/// <summary>
/// Paging is positional, so a product deleted by a test running beside these would shift the pages under
/// them: this fixture runs alone. It never assumes an empty catalog; it looks at what is there.
/// </summary>
[NonParallelizable]
public sealed class ListProductsTests
{
    [Test]
    public async Task Without_a_limit_a_page_has_20_products()
    {
        await EnsureAtLeastAsync(21);
        using var client = TestHost.App.Anonymous();

        var page = await client.ListAsync("");

        Assert.That(page, Has.Count.EqualTo(20));
    }

    [TestCase(1)]
    [TestCase(7)]
    [TestCase(100)]
    public async Task A_limit_from_1_to_100_sizes_the_page(int limit)
    {
        await EnsureAtLeastAsync(101);
        using var client = TestHost.App.Anonymous();

        var page = await client.ListAsync($"?limit={limit}");

        Assert.That(page, Has.Count.EqualTo(limit));
    }

    [Test]
    public async Task The_whole_catalog_is_listed_in_id_order_each_product_once()
    {
        var mine = await CreateAsync(3);

        var all = await AllIdsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(all, Is.Ordered.Ascending);
            Assert.That(all, Is.Unique);
            Assert.That(all, Is.SupersetOf(mine));
        });
    }

    [Test]
    public async Task An_offset_skips_that_many_products()
    {
        var mine = await CreateAsync(5);
        var position = (await AllIdsAsync()).IndexOf(mine[0]);
        using var client = TestHost.App.Anonymous();

        var fromFirst = await client.ListAsync($"?offset={position}&limit=5");
        var fromThird = await client.ListAsync($"?limit=2&offset={position + 2}");

        Assert.Multiple(() =>
        {
            Assert.That(fromFirst.Select(IdOf), Is.EqualTo(mine));
            Assert.That(fromThird.Select(IdOf), Is.EqualTo(mine.Skip(2).Take(2)));
        });
    }

    [Test]
    public async Task Offset_zero_is_the_default()
    {
        await EnsureAtLeastAsync(2);
        using var client = TestHost.App.Anonymous();

        var implicitStart = await client.ListAsync("?limit=2");
        var explicitStart = await client.ListAsync("?limit=2&offset=0");

        Assert.That(implicitStart.Select(IdOf), Is.EqualTo(explicitStart.Select(IdOf)));
    }

    [Test]
    public async Task An_offset_past_the_end_is_an_empty_page()
    {
        var total = (await AllIdsAsync()).Count;
        using var client = TestHost.App.Anonymous();

        var page = await client.ListAsync($"?offset={total + 1000}");

        Assert.That(page, Is.Empty);
    }

    [Test]
    public async Task Listed_products_have_exactly_the_product_fields()
    {
        var mine = await CreateAsync(1);
        var position = (await AllIdsAsync()).IndexOf(mine[0]);
        using var client = TestHost.App.Anonymous();

        var listed = (await client.ListAsync($"?offset={position}&limit=1")).Single();

        var read = await client.ReadAsync(mine[0]);
        Assert.Multiple(() =>
        {
            Assert.That(ProductView.KeysOf(listed), Is.EquivalentTo(ProductView.Keys));
            Assert.That(ProductView.From(listed), Is.EqualTo(read));
        });
    }

    [TestCase("?limit=0", "limit")]
    [TestCase("?limit=101", "limit")]
    [TestCase("?limit=-1", "limit")]
    [TestCase("?limit=abc", "limit")]
    [TestCase("?limit=1.5", "limit")]
    [TestCase("?offset=-1", "offset")]
    [TestCase("?offset=abc", "offset")]
    [TestCase("?limit=20&offset=-5", "offset")]
    public async Task An_out_of_range_or_non_numeric_limit_or_offset_is_400(string query, string field)
    {
        using var client = TestHost.App.Anonymous();

        var response = await client.GetAsync($"/products{query}");

        await response.ExpectValidationErrorAsync(field);
        await response.ExpectNoInternalsAsync();
    }

    private static int IdOf(JsonElement product) => product.GetProperty("id").GetInt32();

    private static async Task<List<int>> CreateAsync(int count)
    {
        var admin = await TestHost.App.AdminAsync();
        var ids = new List<int>();
        for (var index = 0; index < count; index++)
        {
            ids.Add((await admin.CreateAsync(name: $"Listed {index}")).Id);
        }

        return ids;
    }

    private static async Task EnsureAtLeastAsync(int count)
    {
        var missing = count - (await AllIdsAsync()).Count;
        if (missing > 0)
        {
            await CreateAsync(missing);
        }
    }

    /// <summary>Every product id, page by page at the largest limit.</summary>
    private static async Task<List<int>> AllIdsAsync()
    {
        using var client = TestHost.App.Anonymous();
        var ids = new List<int>();
        while (true)
        {
            var page = await client.ListAsync($"?limit=100&offset={ids.Count}");
            ids.AddRange(page.Select(IdOf));
            if (page.Count < 100)
            {
                return ids;
            }
        }
    }
}
