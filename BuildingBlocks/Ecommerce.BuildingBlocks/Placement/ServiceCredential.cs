using System.Security.Cryptography;
using System.Text;
using Ecommerce.BuildingBlocks.Auth;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.BuildingBlocks.Placement;

/// <summary>
/// What one host of the deployment shows another on internal calls: derived from the shared <c>Jwt:SigningKey</c>, so
/// no extra secret is configured, and unlike any token a user holds (a customer's or an admin's token does not open it).
/// </summary>
public sealed class ServiceCredential(JwtSettings jwt)
{
    public const string HeaderName = "X-Service-Credential";

    private static readonly byte[] Purpose = Encoding.UTF8.GetBytes("ecommerce: internal module requests");

    private readonly byte[] _value = HMACSHA256.HashData(jwt.SigningKey, Purpose);

    public string Value => Convert.ToBase64String(_value);

    public bool IsCarriedBy(HttpRequest request)
    {
        if (request.Headers[HeaderName].ToString() is not { Length: > 0 } presented)
        {
            return false;
        }

        var bytes = new byte[_value.Length];
        return Convert.TryFromBase64String(presented, bytes, out var written) && written == _value.Length
            && CryptographicOperations.FixedTimeEquals(bytes, _value);
    }
}
