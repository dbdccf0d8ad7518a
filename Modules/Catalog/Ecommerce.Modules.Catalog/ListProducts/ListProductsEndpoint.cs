using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Validation;
using Ecommerce.Modules.Catalog.Data;
using Ecommerce.Modules.Catalog.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Catalog.ListProducts;

internal sealed class ListProductsEndpoint : IEndpoint
{
    // Compiled once: a hot read, spared building and matching its expression tree on every request.
    private static readonly Func<CatalogDbContext, int, int, IAsyncEnumerable<ProductResponse>> Page =
        EF.CompileAsyncQuery((CatalogDbContext db, int offset, int limit) => db.Products.AsNoTracking()
            .OrderBy(product => product.Id)
            .Skip(offset)
            .Take(limit)
            .Select(product => new ProductResponse(product.Id, product.Name, product.Description, product.Price, product.Stock)));

    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/products", HandleAsync)
            .WithName("ListProducts")
            .WithSummary("A page of products, ordered by id (limit 1-100, default 20).")
            .WithValidation<ListProductsQuery>();

    private static async Task<Ok<List<ProductResponse>>> HandleAsync(
        [AsParameters] ListProductsQuery query, CatalogDbContext db, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? ListProductsQuery.DefaultLimit;
        var products = new List<ProductResponse>(limit);
        await foreach (var product in Page(db, query.Offset ?? 0, limit).WithCancellation(cancellationToken))
        {
            products.Add(product);
        }

        return TypedResults.Ok(products);
    }
}
