using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.BuildingBlocks.Web;

public static class NoStore
{
    /// <summary>
    /// <c>Cache-Control: no-store</c> on every answer of the endpoint: tokens and account details must not be kept
    /// by a browser, a proxy or a shared cache.
    /// </summary>
    public static TBuilder WithNoStore<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = "no-store";
            return await next(context);
        });
}
