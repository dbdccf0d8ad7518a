using System.Globalization;
using System.Security.Claims;
using Ecommerce.BuildingBlocks.Auth;
using Ecommerce.Modules.Users.Domain;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Ecommerce.Modules.Users.Login;

/// <summary>Issues the HS256 tokens the host validates: user id, email, username and roles.</summary>
internal sealed class TokenIssuer(JwtSettings settings, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();
    private readonly SigningCredentials _credentials =
        new(new SymmetricSecurityKey(settings.SigningKey), SecurityAlgorithms.HmacSha256);

    public string Issue(User user, IEnumerable<string> roles)
    {
        var claims = new List<Claim>
        {
            new(JwtClaimNames.UserId, user.Id.ToString(CultureInfo.InvariantCulture)),
            new(JwtClaimNames.Email, user.Email ?? ""),
            new(JwtClaimNames.Username, user.UserName ?? ""),
        };
        claims.AddRange(roles.Select(role => new Claim(JwtClaimNames.Role, role)));

        var now = time.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + settings.Lifetime,
            SigningCredentials = _credentials,
        });
    }
}
