using System.Globalization;
using System.Threading.RateLimiting;
using Ecommerce.BuildingBlocks.Errors;
using Ecommerce.BuildingBlocks.Web;
using Microsoft.AspNetCore.RateLimiting;

namespace Ecommerce.Host.Setup;

internal static class RateLimitingSetup
{
    /// <summary><c>RateLimiting:AuthPerMinute</c> requests a minute per client address to /login and /register.</summary>
    public static void AddAuthRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimiting:AuthPerMinute", 30);
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(RateLimitPolicies.Auth, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = RejectAsync;
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        await ApiProblems.Problem(StatusCodes.Status429TooManyRequests, "Too many requests").ExecuteAsync(context);
    }
}
