using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Ecommerce.BuildingBlocks.Auth;

/// <summary>
/// Validates a bearer token once and remembers that it passed until it expires: a client sends the same token with
/// every request, and parsing it and checking its signature was about 15% of an authenticated read. Nothing else
/// changes what a token's validation answers while the host runs (the signing key, issuer and audience are settings
/// read at start-up), so a token that passed passes until its expiry. Only tokens that passed are remembered, keyed by
/// the whole token, signature included; each request gets its own copy of the identity.
/// </summary>
internal sealed class RememberingTokenHandler(TimeProvider time) : JsonWebTokenHandler
{
    /// <summary>The most tokens remembered at once; beyond it a token is validated each time until room is made.</summary>
    public const int Capacity = 10_000;

    private readonly MemoryCache _passed = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = time.GetUtcNow();
        if (_passed.TryGetValue(token, out Passed? passed) && now < passed!.ExpiresAt)
        {
            return new TokenValidationResult { IsValid = true, SecurityToken = passed.Token, ClaimsIdentity = passed.Identity.Clone() };
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { } validated && result.ClaimsIdentity is { } identity)
        {
            var expiresAt = new DateTimeOffset(DateTime.SpecifyKind(validated.ValidTo, DateTimeKind.Utc));
            if (now < expiresAt)
            {
                _passed.Set(
                    token,
                    new Passed(validated, identity.Clone(), expiresAt),
                    new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = expiresAt });
            }
        }

        return result;
    }

    private sealed record Passed(SecurityToken Token, ClaimsIdentity Identity, DateTimeOffset ExpiresAt);
}
