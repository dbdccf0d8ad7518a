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
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/products", HandleAsync)
            .WithName("ListProducts")
            .WithSummary("A page of products, ordered by id (limit 1-100, default 20).")
            .WithValidation<ListProductsQuery>();

    private static async Task<Ok<List<ProductResponse>>> HandleAsync(
        [AsParameters] ListProductsQuery query, CatalogDbContext db, CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking()
            .OrderBy(product => product.Id)
            .Skip(query.Offset ?? 0)
            .Take(query.Limit ?? ListProductsQuery.DefaultLimit)
            .Select(product => new ProductResponse(product.Id, product.Name, product.Description, product.Price, product.Stock))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(products);
    }
}
