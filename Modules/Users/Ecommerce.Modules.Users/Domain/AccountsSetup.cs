using Ecommerce.Modules.Users.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Users.Domain;

internal static class AccountsSetup
{
    public const int MaxFailedPasswords = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(5);

    /// <summary>OWASP's figure for PBKDF2-HMAC-SHA512, the function of Identity's V3 hashes.</summary>
    public const int DefaultPasswordIterations = 210_000;

    /// <summary>
    /// Identity with the contract's rules: unique emails, plain 8-character passwords, lockout after 5 misses (counted
    /// by the login's own attempts, see Login/LoginAttempts.cs), and <c>Security:PasswordIterations</c> of PBKDF2.
    /// </summary>
    public static void AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        var iterations = PasswordIterations(configuration);
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = iterations);
        services.AddIdentityCore<User>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.User.AllowedUserNameCharacters = AccountRules.UsernameCharacters;
                options.Password.RequiredLength = AccountRules.MinPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedPasswords;
                options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
            })
            .AddRoles<IdentityRole<int>>()
            .AddEntityFrameworkStores<UsersDbContext>();
    }

    public static int PasswordIterations(IConfiguration configuration) =>
        configuration.GetValue("Security:PasswordIterations", DefaultPasswordIterations) is > 0 and var iterations
            ? iterations
            : throw new InvalidOperationException("Security:PasswordIterations must be a positive number of PBKDF2 iterations.");
}
