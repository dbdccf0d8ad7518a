using Microsoft.Extensions.Configuration;

namespace Ecommerce.Modules.Users.SeedAccounts;

/// <summary><c>Admin:*</c>: the administrator created at start-up when absent. Nothing is created without an email and a password.</summary>
internal sealed record AdminOptions(string? Email, string? Username, string? Password)
{
    public const string DefaultUsername = "admin";

    public static AdminOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Admin");
        return new AdminOptions(section["Email"], section["Username"], section["Password"]);
    }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Email) && !string.IsNullOrWhiteSpace(Password);

    /// <summary>Some of the settings but not both of the two needed: a mistake, never a reason to go on without an administrator.</summary>
    public bool IsHalfConfigured => !IsConfigured &&
        (!string.IsNullOrWhiteSpace(Email) || !string.IsNullOrWhiteSpace(Password) || !string.IsNullOrWhiteSpace(Username));

    public string UsernameOrDefault => string.IsNullOrWhiteSpace(Username) ? DefaultUsername : Username;
}
