using Ecommerce.Modules.Catalog.Contracts;
using Ecommerce.Modules.Catalog.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Catalog.LookUpProducts;

/// <summary>Answers other modules' in-process questions about products (existence, name, price, stock).</summary>
internal sealed class FindProductsConsumer(CatalogDbContext db) : IConsumer<FindProducts>
{
    public async Task Consume(ConsumeContext<FindProducts> context)
    {
        var ids = context.Message.ProductIds.Distinct().ToList();
        var products = await db.Products.AsNoTracking()
            .Where(product => ids.Contains(product.Id))
            .Select(product => new ProductSnapshot(product.Id, product.Name, product.Price, product.Stock))
            .ToListAsync(context.CancellationToken);
        await context.RespondAsync(new ProductsFound(products));
    }
}
