using System.Globalization;
using System.Threading.RateLimiting;
using Ecommerce.BuildingBlocks.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ecommerce.BuildingBlocks.Web;

/// <summary>The answer to a request over a rate limit: 429 <c>Too many requests</c>, with <c>Retry-After</c> when the limiter knows it.</summary>
public static class RateLimitRefusal
{
    public const string Message = "Too many requests";

    public static ProblemHttpResult Answer(HttpContext context, RateLimitLease lease)
    {
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return ApiProblems.Problem(StatusCodes.Status429TooManyRequests, Message);
    }
}
