using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Validation;
using Ecommerce.BuildingBlocks.Web;
using Ecommerce.Modules.Catalog.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Catalog.GetStock;

internal sealed class GetStockEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/product/stock", HandleAsync)
            .WithName("GetStock")
            .WithSummary("Current stock of up to 100 products: those that exist, in the order first asked, each once.")
            .WithMaxBodySize(GetStockRequest.MaxBodyBytes)
            .WithValidation<GetStockRequest>();

    private static async Task<Ok<List<StockResponse>>> HandleAsync(
        GetStockRequest request, CatalogDbContext db, CancellationToken cancellationToken)
    {
        var ids = request.Ids!.Distinct().ToList();
        var stock = await db.Products.AsNoTracking()
            .Where(product => ids.Contains(product.Id))
            .ToDictionaryAsync(product => product.Id, product => product.Stock, cancellationToken);
        return TypedResults.Ok(ids.Where(stock.ContainsKey).Select(id => new StockResponse(id, stock[id])).ToList());
    }
}
