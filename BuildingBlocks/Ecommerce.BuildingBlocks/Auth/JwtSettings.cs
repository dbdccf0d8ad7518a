using System.Security.Cryptography;
using System.Text;
using Ecommerce.BuildingBlocks.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Ecommerce.BuildingBlocks.Auth;

/// <summary>Token settings, resolved once at start-up: <c>Jwt:*</c>, with a generated key in Development only.</summary>
public sealed record JwtSettings(byte[] SigningKey, string Issuer, string Audience, TimeSpan Lifetime)
{
    public const int MinimumKeyBytes = 32;
    private const string DevelopmentKeyFile = "jwt-signing-key.txt";

    public static JwtSettings Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection("Jwt");
        var key = section["SigningKey"] is { Length: > 0 } configured
            ? configured
            : environment.IsDevelopment()
                ? DevelopmentKey(DatabaseOptions.From(configuration).DataDirectory)
                : throw new InvalidOperationException(
                    "Jwt:SigningKey is not set. Set it (at least 32 bytes) in appsettings.json or as the Jwt__SigningKey environment variable.");

        var keyBytes = Encoding.UTF8.GetBytes(key);
        if (keyBytes.Length < MinimumKeyBytes)
        {
            throw new InvalidOperationException($"Jwt:SigningKey must be at least {MinimumKeyBytes} bytes long.");
        }

        return new JwtSettings(
            keyBytes,
            section["Issuer"] is { Length: > 0 } issuer ? issuer : "ecommerce",
            section["Audience"] is { Length: > 0 } audience ? audience : "ecommerce",
            section.GetValue<TimeSpan?>("Lifetime") ?? TimeSpan.FromHours(1));
    }

    // Kept in the data directory so that tokens survive a restart of a development host.
    private static string DevelopmentKey(string dataDirectory)
    {
        var file = Path.Combine(Path.GetFullPath(dataDirectory), DevelopmentKeyFile);
        if (File.Exists(file))
        {
            return File.ReadAllText(file).Trim();
        }

        // Owner-only: whoever reads the key can sign tokens, an administrator's included.
        OwnerOnly.CreateDirectory(Path.GetDirectoryName(file)!);
        OwnerOnly.CreateFile(file);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        File.WriteAllText(file, key);
        return key;
    }
}
