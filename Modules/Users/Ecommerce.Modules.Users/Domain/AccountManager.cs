using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ecommerce.Modules.Users.Domain;

/// <summary>
/// Identity's user manager, with the two lockout decisions on the host's <see cref="TimeProvider"/>: Identity 10
/// reads <c>DateTimeOffset.UtcNow</c> itself, which no test can move. The rules are Identity's own.
/// </summary>
internal sealed class AccountManager(
    IUserStore<User> store,
    IOptions<IdentityOptions> options,
    IPasswordHasher<User> passwordHasher,
    IEnumerable<IUserValidator<User>> userValidators,
    IEnumerable<IPasswordValidator<User>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<User>> logger,
    TimeProvider time)
    : UserManager<User>(store, options, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    private IUserLockoutStore<User> Lockouts => (IUserLockoutStore<User>)Store;

    public override async Task<bool> IsLockedOutAsync(User user)
    {
        ThrowIfDisposed();
        return await Lockouts.GetLockoutEnabledAsync(user, CancellationToken) &&
               await Lockouts.GetLockoutEndDateAsync(user, CancellationToken) >= time.GetUtcNow();
    }

    /// <summary>Counts a failed password; the one that reaches the limit locks the account and starts counting again.</summary>
    public override async Task<IdentityResult> AccessFailedAsync(User user)
    {
        ThrowIfDisposed();
        var failures = await Lockouts.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (failures >= Options.Lockout.MaxFailedAccessAttempts)
        {
            await Lockouts.SetLockoutEndDateAsync(user, time.GetUtcNow() + Options.Lockout.DefaultLockoutTimeSpan, CancellationToken);
            await Lockouts.ResetAccessFailedCountAsync(user, CancellationToken);
        }

        return await UpdateUserAsync(user);
    }
}
