using Ecommerce.BuildingBlocks.Errors;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Ecommerce.Host.Setup;

internal static class RequestLimits
{
    public const long MaxBodyBytes = 1024 * 1024;

    public static void AddRequestLimits(this IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = MaxBodyBytes);

    /// <summary>Refuses a declared oversize body before anything reads it; Kestrel's limit catches streamed ones.</summary>
    public static void UseRequestLimits(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > MaxBodyBytes)
            {
                await ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge, "Request body too large").ExecuteAsync(context);
                return;
            }

            await next(context);
        });
}
