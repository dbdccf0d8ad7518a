using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.BuildingBlocks.Validation;
using Ecommerce.BuildingBlocks.Web;
using Ecommerce.Modules.Catalog.Data;
using Ecommerce.Modules.Catalog.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Ecommerce.Modules.Catalog.UpdateProduct;

internal sealed class UpdateProductEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPatch("/product/{id}", HandleAsync)
            .WithName("UpdateProduct")
            .WithSummary("Changes any subset of a product's fields (Admin).")
            .WithValidation<UpdateProductRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAdmin();

    private static async Task<Results<Ok<ProductResponse>, ProblemHttpResult>> HandleAsync(
        int id, UpdateProductRequest request, CatalogDbContext db, CancellationToken cancellationToken)
    {
        var product = await db.WriteAsync(token => ChangeAsync(id, request, db, token), cancellationToken);

        return product is null
            ? ApiProblems.NotFound(CatalogMessages.ProductNotFound)
            : TypedResults.Ok(ProductResponse.From(product));
    }

    private static async Task<Product?> ChangeAsync(int id, UpdateProductRequest request, CatalogDbContext db, CancellationToken cancellationToken)
    {
        var product = await db.Products.FindAsync([id], cancellationToken);
        if (product is not null)
        {
            product.Name = request.Name?.Trim() ?? product.Name;
            product.Description = request.Description ?? product.Description;
            product.Price = request.Price ?? product.Price;
            product.Stock = request.Stock ?? product.Stock;
        }

        return product;
    }
}
