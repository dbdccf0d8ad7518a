using Ecommerce.Modules.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ecommerce.Modules.Users.SeedAccounts;

/// <summary>
/// <c>Admin:Password</c> meets the customers' password policy outside Development, or the host does not start; a
/// developer's machine may use a weaker one, with a warning. One longer than a login accepts is refused everywhere.
/// </summary>
internal sealed class AdminPasswordPolicy(
    UserManager<User> users, IPasswordHasher<User> hasher, IHostEnvironment environment, ILogger<AdminPasswordPolicy> logger)
{
    public async Task<string> HashAsync(User user, string password)
    {
        if (password.Length > AccountRules.MaxPasswordLength)
        {
            throw new InvalidOperationException($"Admin:Password is longer than the {AccountRules.MaxPasswordLength} characters a login accepts.");
        }

        var failures = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            failures.AddRange(result.Errors.Select(error => error.Description));
        }

        if (failures.Count > 0)
        {
            var problem = $"Admin:Password is weaker than the password policy: {string.Join(" ", failures)}";
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException(problem);
            }

            logger.LogWarning("{Problem} Accepted in Development only", problem);
        }

        return hasher.HashPassword(user, password);
    }
}
