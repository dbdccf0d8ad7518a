using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.Modules.Catalog.Data;
using Ecommerce.Modules.Catalog.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Catalog.GetProduct;

internal sealed class GetProductEndpoint : IEndpoint
{
    // Compiled once: the hottest read skips building and matching its expression tree on every request.
    private static readonly Func<CatalogDbContext, int, CancellationToken, Task<Product?>> ProductById =
        EF.CompileAsyncQuery((CatalogDbContext db, int id, CancellationToken _) => db.Products.AsNoTracking().FirstOrDefault(product => product.Id == id));

    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/product/{id}", HandleAsync)
            .WithName("GetProduct")
            .WithSummary("One product.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<ProductResponse>, ProblemHttpResult>> HandleAsync(
        int id, CatalogDbContext db, CancellationToken cancellationToken)
    {
        var product = await ProductById(db, id, cancellationToken);
        return product is null
            ? ApiProblems.NotFound(CatalogMessages.ProductNotFound)
            : TypedResults.Ok(ProductResponse.From(product));
    }
}
