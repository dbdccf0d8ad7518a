namespace Ecommerce.BuildingBlocks.Web;

public static class RateLimitPolicies
{
    /// <summary>Per client address on /login and /register: <c>RateLimiting:AuthPerMinute</c> requests a minute.</summary>
    public const string Auth = "auth";
}
