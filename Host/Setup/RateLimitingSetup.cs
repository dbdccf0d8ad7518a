using System.Threading.RateLimiting;
using Ecommerce.BuildingBlocks.Web;

namespace Ecommerce.Host.Setup;

/// <summary>
/// Limits per client (<see cref="ClientPartition"/>, after trusted proxies' forwarded addresses are applied):
/// <c>RateLimiting:AnonymousPerMinute</c> requests a minute without a valid token, to any endpoint, and
/// <c>RateLimiting:AuthPerMinute</c> to /login and /register. /login is also limited per account (Users module).
/// </summary>
internal static class RateLimitingSetup
{
    private const string SignedIn = "signed-in";

    public static void AddClientRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var anonymousPerMinute = configuration.GetValue("RateLimiting:AnonymousPerMinute", 6_000);
        var authPerMinute = configuration.GetValue("RateLimiting:AuthPerMinute", 30);
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.User.Identity?.IsAuthenticated == true
                    ? RateLimitPartition.GetNoLimiter(SignedIn)
                    : PerMinute(ClientPartition.Of(context.Connection.RemoteIpAddress), anonymousPerMinute));
            options.AddPolicy(RateLimitPolicies.Auth, context => PerMinute(ClientPartition.Of(context.Connection.RemoteIpAddress), authPerMinute));
            options.OnRejected = (rejected, _) => new ValueTask(RateLimitRefusal.Answer(rejected.HttpContext, rejected.Lease).ExecuteAsync(rejected.HttpContext));
        });
    }

    private static RateLimitPartition<string> PerMinute(string client, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(
            client, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
