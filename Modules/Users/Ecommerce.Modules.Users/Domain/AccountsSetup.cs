using Ecommerce.Modules.Users.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Modules.Users.Domain;

internal static class AccountsSetup
{
    public const int MaxFailedPasswords = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(5);

    /// <summary>Identity with the contract's rules: unique emails, plain 8-character passwords, lockout after 5 misses.</summary>
    public static void AddAccounts(this IServiceCollection services) =>
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
            .AddEntityFrameworkStores<UsersDbContext>()
            .AddUserManager<AccountManager>();
}
