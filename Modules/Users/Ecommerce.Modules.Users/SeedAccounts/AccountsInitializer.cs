using Ecommerce.BuildingBlocks.Auth;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Users.Data;
using Ecommerce.Modules.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Ecommerce.Modules.Users.SeedAccounts;

/// <summary>
/// Creates the two roles, and the configured administrator unless it exists already. Never skips silently: an email or
/// a username taken by another account, or a half-given configuration, stops the host with a message naming the key.
/// </summary>
internal sealed class AccountsInitializer(
    UsersDbContext db,
    RoleManager<IdentityRole<int>> roles,
    UserManager<User> users,
    AdminOptions admin,
    AdminPasswordPolicy passwordPolicy,
    TimeProvider time,
    ILogger<AccountsInitializer> logger) : IModuleInitializer
{
    public Task InitializeAsync(CancellationToken cancellationToken) => db.WriteAsync(_ => SeedAsync(), cancellationToken);

    private async Task SeedAsync()
    {
        foreach (var role in new[] { Roles.Customer, Roles.Admin })
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Require(await roles.CreateAsync(new IdentityRole<int>(role)), $"create the {role} role");
            }
        }

        if (!admin.IsConfigured)
        {
            Refuse(admin.IsHalfConfigured, "Admin:Email and Admin:Password must be set together (or neither, for no administrator).");
            logger.LogInformation("No administrator is configured (Admin:Email, Admin:Password)");
            return;
        }

        if (await IsCreatedAsync())
        {
            return;
        }

        var user = new User { Email = admin.Email, UserName = admin.UsernameOrDefault, CreatedAt = time.GetUtcNow().UtcDateTime };
        Refuse(!AccountRules.IsValidEmail(user.Email), $"Admin:Email '{admin.Email}' is not a valid email address.");
        Refuse(!AccountRules.IsValidUsername(user.UserName), $"Admin:Username '{user.UserName}' must be {AccountRules.MinUsernameLength}-{AccountRules.MaxUsernameLength} letters, digits, '_', '.' or '-'.");
        Refuse(await users.FindByNameAsync(user.UserName) is not null, $"Admin:Username '{user.UserName}' is taken by another account. Choose another Admin:Username.");
        user.PasswordHash = await passwordPolicy.HashAsync(user, admin.Password!);
        Require(await users.CreateAsync(user), "create the administrator");
        Require(await users.AddToRoleAsync(user, Roles.Admin), "make the administrator an Admin");
        logger.LogInformation("Created the administrator {Email}", admin.Email);
    }

    /// <summary>The administrator exists when its email belongs to an Admin of its username; anyone else's account is a conflict.</summary>
    private async Task<bool> IsCreatedAsync()
    {
        if (await users.FindByEmailAsync(admin.Email!) is not { } existing)
        {
            return false;
        }

        var isTheAdministrator = string.Equals(existing.NormalizedUserName, users.NormalizeName(admin.UsernameOrDefault), StringComparison.Ordinal) &&
                                 await users.IsInRoleAsync(existing, Roles.Admin);
        Refuse(!isTheAdministrator, $"Admin:Email '{admin.Email}' belongs to another account (not an Admin named '{admin.UsernameOrDefault}'). Choose another Admin:Email.");
        return true;
    }

    private static void Refuse(bool wrong, string message)
    {
        if (wrong)
        {
            throw new InvalidOperationException(message);
        }
    }

    private static void Require(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not {what}: {string.Join("; ", result.Errors.Select(error => error.Description))}");
        }
    }
}
