using System.Globalization;
using Ecommerce.BuildingBlocks.Errors;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.BuildingBlocks.Validation;

/// <summary>An <c>{id}</c> in a path must be a positive integer; anything else is a 400, never a 404 or a 500.</summary>
internal sealed class RouteIdFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.HttpContext.Request.RouteValues.TryGetValue("id", out var value) &&
            !(int.TryParse(value?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id > 0))
        {
            return ApiProblems.Validation("id", "The id must be a positive integer.");
        }

        return await next(context);
    }
}
