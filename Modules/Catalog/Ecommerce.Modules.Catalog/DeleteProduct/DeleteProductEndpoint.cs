using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.BuildingBlocks.Web;
using Ecommerce.Modules.Catalog.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Catalog.DeleteProduct;

internal sealed class DeleteProductEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapDelete("/product/{id}", HandleAsync)
            .WithName("DeleteProduct")
            .WithSummary("Removes a product from the catalog (Admin). Orders already placed keep their lines.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAdmin();

    private static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> HandleAsync(
        int id, CatalogDbContext db, CancellationToken cancellationToken)
    {
        var deleted = await db.WriteAsync(token => db.Products.Where(product => product.Id == id).ExecuteDeleteAsync(token), cancellationToken);

        return deleted == 0
            ? ApiProblems.NotFound(CatalogMessages.ProductNotFound)
            : TypedResults.Ok(new MessageResponse(CatalogMessages.ProductDeleted));
    }
}
