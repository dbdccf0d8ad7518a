using Ecommerce.Modules.Catalog.Contracts;
using Ecommerce.Modules.Catalog.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Catalog.LookUpProducts;

/// <summary>Answers other modules' in-process questions about products (existence, name, price, stock).</summary>
internal sealed class FindProductsConsumer(CatalogDbContext db) : IConsumer<FindProducts>
{
    // Compiled once: every cart change asks this question.
    private static readonly Func<CatalogDbContext, int[], IAsyncEnumerable<ProductSnapshot>> ProductsWithIds =
        EF.CompileAsyncQuery((CatalogDbContext db, int[] ids) => db.Products.AsNoTracking()
            .Where(product => ids.Contains(product.Id))
            .Select(product => new ProductSnapshot(product.Id, product.Name, product.Price, product.Stock)));

    public async Task Consume(ConsumeContext<FindProducts> context)
    {
        var products = new List<ProductSnapshot>();
        await foreach (var product in ProductsWithIds(db, [.. context.Message.ProductIds.Distinct()]).WithCancellation(context.CancellationToken))
        {
            products.Add(product);
        }

        await context.RespondAsync(new ProductsFound(products));
    }
}
