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

namespace Ecommerce.Modules.Catalog.CreateProduct;

internal sealed class CreateProductEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/product", HandleAsync)
            .WithName("CreateProduct")
            .WithSummary("Adds a product to the catalog (Admin).")
            .WithValidation<CreateProductRequest>()
            .RequireAdmin();

    private static async Task<Created<ProductResponse>> HandleAsync(
        CreateProductRequest request, CatalogDbContext db, CancellationToken cancellationToken)
    {
        var product = new Product
        {
            Name = request.Name!.Trim(),
            Description = request.Description ?? "",
            Price = request.Price!.Value,
            Stock = request.Stock!.Value,
        };
        db.Products.Add(product);
        await db.WriteAsync(cancellationToken);
        return TypedResults.Created($"/product/{product.Id}", ProductResponse.From(product));
    }
}
