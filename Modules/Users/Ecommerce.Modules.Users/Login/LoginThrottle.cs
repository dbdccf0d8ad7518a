using System.Threading.RateLimiting;
using Ecommerce.BuildingBlocks.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Ecommerce.Modules.Users.Login;

/// <summary>
/// <c>RateLimiting:LoginPerAccountPerMinute</c> logins a minute for one account, from whatever addresses they come:
/// the per-address limit alone lets a botnet try an account from everywhere at once. The account is the email as
/// the client sent it, normalized as Identity matches it, so changing its case does not make a new account.
/// </summary>
internal sealed class LoginThrottle(LoginThrottle.Limiter limiter) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var account = context.Arguments.OfType<LoginRequest>().Single().Email!.Normalize().ToUpperInvariant();
        using var lease = limiter.Accounts.AttemptAcquire(account);
        return lease.IsAcquired ? await next(context) : RateLimitRefusal.Answer(context.HttpContext, lease);
    }

    /// <summary>One fixed window per account, shared by every request of the host.</summary>
    internal sealed class Limiter(int perMinute) : IDisposable
    {
        public PartitionedRateLimiter<string> Accounts { get; } = PartitionedRateLimiter.Create<string, string>(account =>
            RateLimitPartition.GetFixedWindowLimiter(
                account,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

        public static Limiter From(IConfiguration configuration) =>
            new(configuration.GetValue("RateLimiting:LoginPerAccountPerMinute", 10));

        public void Dispose() => Accounts.Dispose();
    }
}
