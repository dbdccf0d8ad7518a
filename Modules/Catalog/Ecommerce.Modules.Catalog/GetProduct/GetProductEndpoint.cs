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
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/product/{id}", HandleAsync)
            .WithName("GetProduct")
            .WithSummary("One product.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<ProductResponse>, ProblemHttpResult>> HandleAsync(
        int id, CatalogDbContext db, CancellationToken cancellationToken)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(product => product.Id == id, cancellationToken);
        return product is null
            ? ApiProblems.NotFound(CatalogMessages.ProductNotFound)
            : TypedResults.Ok(ProductResponse.From(product));
    }
}
