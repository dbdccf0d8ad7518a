using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Catalog.Data;
using Ecommerce.Modules.Catalog.Domain;
using Ecommerce.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Catalog.Tests;

/// <summary>The ledger itself, each call in its own scope and write transaction, as the consumers use it.</summary>
public sealed class StockLedgerTests
{
    [Test]
    public async Task Concurrent_reservations_never_oversell_and_are_all_or_none()
    {
        const int initialStock = 10;
        var products = await NewProductsAsync(initialStock, initialStock, initialStock);
        var random = new Random(20261127);
        var requests = Enumerable.Range(0, 40).Select(_ => RandomLines(random, products)).ToList();

        var outcomes = await Task.WhenAll(requests.Select(lines => Task.Run(() => ReserveAsync(lines))));

        var granted = requests.Where((_, index) => outcomes[index] is null).ToList();
        var refused = requests.Where((_, index) => outcomes[index] is not null).ToList();
        var finalStock = await StocksAsync(products);
        Assert.Multiple(() =>
        {
            Assert.That(granted, Is.Not.Empty, "some reservation should succeed");
            Assert.That(refused, Is.Not.Empty, "demand exceeds stock, so some reservation should fail");
            Assert.That(finalStock, Has.All.GreaterThanOrEqualTo(0));
            for (var index = 0; index < products.Count; index++)
            {
                var taken = granted.SelectMany(lines => lines).Where(line => line.ProductId == products[index]).Sum(line => line.Quantity);
                Assert.That(initialStock - finalStock[index], Is.EqualTo(taken), $"product {products[index]}: stock taken vs granted quantities");
            }

            for (var index = 0; index < requests.Count; index++)
            {
                if (outcomes[index] is { } shortProduct)
                {
                    Assert.That(requests[index].Select(line => line.ProductId), Does.Contain(shortProduct), "the short product is one of the request's");
                }
            }
        });

        await Task.WhenAll(granted.Select(lines => Task.Run(() => ReleaseAsync(lines))));

        Assert.That(await StocksAsync(products), Has.All.EqualTo(initialStock), "releasing every granted reservation restores the stock");
    }

    [Test]
    public async Task One_short_line_reserves_nothing_for_the_other_lines()
    {
        var products = await NewProductsAsync(10, 1, 10);

        var shortProduct = await ReserveAsync([new StockLine(products[0], 5), new StockLine(products[1], 2), new StockLine(products[2], 5)]);

        var stocks = await StocksAsync(products);
        Assert.Multiple(() =>
        {
            Assert.That(shortProduct, Is.EqualTo(products[1]));
            Assert.That(stocks, Is.EqualTo(new[] { 10, 1, 10 }));
        });
    }

    [Test]
    public async Task Lines_of_one_product_are_counted_together()
    {
        var products = await NewProductsAsync(10);

        var shortProduct = await ReserveAsync([new StockLine(products[0], 6), new StockLine(products[0], 6)]);

        var stocks = await StocksAsync(products);
        Assert.Multiple(() =>
        {
            Assert.That(shortProduct, Is.EqualTo(products[0]));
            Assert.That(stocks, Is.EqualTo(new[] { 10 }));
        });
    }

    [Test]
    public async Task A_reservation_of_exactly_the_stock_succeeds_and_release_gives_it_back()
    {
        var products = await NewProductsAsync(3, 4);
        StockLine[] lines = [new(products[0], 3), new(products[1], 4)];

        var shortProduct = await ReserveAsync(lines);
        var afterReserve = await StocksAsync(products);
        await ReleaseAsync(lines);
        var afterRelease = await StocksAsync(products);

        Assert.Multiple(() =>
        {
            Assert.That(shortProduct, Is.Null);
            Assert.That(afterReserve, Is.EqualTo(new[] { 0, 0 }));
            Assert.That(afterRelease, Is.EqualTo(new[] { 3, 4 }));
        });
    }

    [Test]
    public async Task A_missing_product_counts_as_short()
    {
        var products = await NewProductsAsync(5);

        var shortProduct = await ReserveAsync([new StockLine(products[0], 1), new StockLine(int.MaxValue, 1)]);

        var stocks = await StocksAsync(products);
        Assert.Multiple(() =>
        {
            Assert.That(shortProduct, Is.EqualTo(int.MaxValue));
            Assert.That(stocks, Is.EqualTo(new[] { 5 }));
        });
    }

    [Test]
    public async Task The_ledger_refuses_to_work_outside_a_write_transaction()
    {
        var products = await NewProductsAsync(5);
        await using var scope = TestHost.App.Services.CreateAsyncScope();
        var ledger = scope.ServiceProvider.GetRequiredService<StockLedger>();

        Assert.ThrowsAsync<InvalidOperationException>(() => ledger.TryReserveAsync([new StockLine(products[0], 1)], CancellationToken.None));
        Assert.That(await StocksAsync(products), Is.EqualTo(new[] { 5 }));
    }

    private static List<StockLine> RandomLines(Random random, IReadOnlyList<int> products) =>
        Enumerable.Range(0, random.Next(1, 4))
            .Select(_ => new StockLine(products[random.Next(products.Count)], random.Next(1, 4)))
            .ToList();

    private static async Task<int?> ReserveAsync(IReadOnlyList<StockLine> lines)
    {
        await using var scope = TestHost.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var ledger = scope.ServiceProvider.GetRequiredService<StockLedger>();
        return await db.WriteAsync(token => ledger.TryReserveAsync(lines, token), CancellationToken.None);
    }

    private static async Task ReleaseAsync(IReadOnlyList<StockLine> lines)
    {
        await using var scope = TestHost.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var ledger = scope.ServiceProvider.GetRequiredService<StockLedger>();
        await db.WriteAsync(token => ledger.ReleaseAsync(lines, token), CancellationToken.None);
    }

    private static async Task<List<int>> NewProductsAsync(params int[] stocks)
    {
        var admin = await TestHost.App.AdminAsync();
        var ids = new List<int>();
        foreach (var stock in stocks)
        {
            ids.Add(await admin.NewProductAsync(stock));
        }

        return ids;
    }

    private static async Task<List<int>> StocksAsync(IEnumerable<int> products)
    {
        using var client = TestHost.App.Anonymous();
        var stocks = new List<int>();
        foreach (var product in products)
        {
            stocks.Add(await client.StockOfAsync(product));
        }

        return stocks;
    }
}
