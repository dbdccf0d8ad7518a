using System.Linq.Expressions;
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
    // Compiled once per page size, with the size written into the SQL: SQLite prepares a statement whose LIMIT is a
    // parameter again on every run, so only a constant LIMIT keeps its statement prepared (SqliteStatementCache).
    private static readonly Func<CatalogDbContext, int, IAsyncEnumerable<ProductResponse>>?[] Pages =
        new Func<CatalogDbContext, int, IAsyncEnumerable<ProductResponse>>?[ListProductsQuery.MaxLimit + 1];

    private static readonly Expression<Func<CatalogDbContext, int, int, IQueryable<ProductResponse>>> Page =
        (db, offset, limit) => db.Products.AsNoTracking()
            .OrderBy(product => product.Id)
            .Skip(offset)
            .Take(limit)
            .Select(product => new ProductResponse(product.Id, product.Name, product.Description, product.Price, product.Stock));

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
        await foreach (var product in PageOf(limit)(db, query.Offset ?? 0).WithCancellation(cancellationToken))
        {
            products.Add(product);
        }

        return TypedResults.Ok(products);
    }

    // Two requests may compile the same size at once: either query is right, and one is kept.
    private static Func<CatalogDbContext, int, IAsyncEnumerable<ProductResponse>> PageOf(int limit) =>
        Pages[limit] ??= EF.CompileAsyncQuery(Expression.Lambda<Func<CatalogDbContext, int, IQueryable<ProductResponse>>>(
            new Replacing(Page.Parameters[2], Expression.Constant(limit)).Visit(Page.Body), Page.Parameters[0], Page.Parameters[1]));

    private sealed class Replacing(ParameterExpression parameter, Expression value) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? value : node;
    }
}
