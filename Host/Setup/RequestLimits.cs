using Ecommerce.BuildingBlocks.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Ecommerce.Host.Setup;

internal static class RequestLimits
{
    public const long MaxBodyBytes = 1024 * 1024;

    public static void AddRequestLimits(this IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = MaxBodyBytes);

    /// <summary>
    /// Refuses a declared oversize body before anything reads it, at the endpoint's own limit where it has one
    /// (<see cref="IRequestSizeLimitMetadata"/>); the server's limit, lowered to the endpoint's, catches streamed ones.
    /// </summary>
    public static void UseRequestLimits(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? MaxBodyBytes;
            if (context.Request.ContentLength > limit)
            {
                await ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge, "Request body too large").ExecuteAsync(context);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } streamed)
            {
                streamed.MaxRequestBodySize = limit;
            }

            await next(context);
        });
}
