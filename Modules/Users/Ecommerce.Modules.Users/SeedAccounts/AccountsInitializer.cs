using Ecommerce.BuildingBlocks.Auth;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Users.Data;
using Ecommerce.Modules.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Ecommerce.Modules.Users.SeedAccounts;

/// <summary>Creates the two roles, and the configured administrator if no account has its email yet.</summary>
internal sealed class AccountsInitializer(
    UsersDbContext db,
    RoleManager<IdentityRole<int>> roles,
    UserManager<User> users,
    AdminOptions admin,
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

        if (admin.IsConfigured && await users.FindByEmailAsync(admin.Email!) is null)
        {
            var user = new User
            {
                Email = admin.Email,
                UserName = string.IsNullOrWhiteSpace(admin.Username) ? "admin" : admin.Username,
                CreatedAt = time.GetUtcNow().UtcDateTime,
            };
            Require(await users.CreateAsync(user, admin.Password!), "create the administrator");
            Require(await users.AddToRoleAsync(user, Roles.Admin), "make the administrator an Admin");
            logger.LogInformation("Created the administrator {Email}", admin.Email);
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
