namespace Ecommerce.BuildingBlocks.Auth;

/// <summary>The claims our tokens carry, under their JWT names (inbound claim mapping is off).</summary>
public static class JwtClaimNames
{
    public const string UserId = "sub";
    public const string Email = "email";
    public const string Username = "username";
    public const string Role = "role";
}
