using System.Security.Claims;
using System.Text;
using Ecommerce.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Ecommerce.Modules.Users.Tests;

/// <summary>Reads the host's tokens, and forges tokens the host must refuse.</summary>
internal static class Tokens
{
    public const string Issuer = "ecommerce";
    public const string Audience = "ecommerce";

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public static TokenClaims Read(string token) => new(Handler.ReadJsonWebToken(token));

    /// <summary>A token shaped like the host's, signed with <paramref name="signingKey"/>; every part can be spoiled.</summary>
    public static string Sign(
        string signingKey = EcommerceApp.SigningKey,
        string issuer = Issuer,
        string audience = Audience,
        DateTime? expires = null,
        bool expiring = true)
    {
        var expiry = expires ?? DateTime.UtcNow.AddHours(1);
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(
            [
                new Claim("sub", "1"),
                new Claim("email", "someone@test.local"),
                new Claim("username", "someone"),
                new Claim("role", "Customer"),
            ]),
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expiry.AddHours(-1),
            NotBefore = expiry.AddHours(-1),
            Expires = expiring ? expiry : null,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>An unsigned token (<c>alg: none</c>) that is otherwise valid.</summary>
    public static string Unsigned()
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var expires = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var payload = Base64UrlEncoder.Encode(
            $$"""{"sub":"1","email":"someone@test.local","username":"someone","role":"Admin","iss":"{{Issuer}}","aud":"{{Audience}}","exp":{{expires}}}""");
        return $"{header}.{payload}.";
    }
}

/// <summary>What a token says, read without validating it.</summary>
internal sealed record TokenClaims(JsonWebToken Jwt)
{
    public string Subject => Jwt.Subject;

    public string Email => Jwt.GetClaim("email").Value;

    public string Username => Jwt.GetClaim("username").Value;

    public IReadOnlyList<string> Roles => Jwt.Claims.Where(claim => string.Equals(claim.Type, "role", StringComparison.Ordinal)).Select(claim => claim.Value).ToList();
}
