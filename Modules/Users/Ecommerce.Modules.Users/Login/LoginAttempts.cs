using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Users.Data;
using Ecommerce.Modules.Users.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Users.Login;

/// <summary>
/// The lockout, exact under concurrency. An attempt is counted as a failure before its password is judged, in one
/// conditional update guarded by the account's concurrency stamp; the attempt that takes the fifth place locks the
/// account in that same update. So at most five passwords are judged per lock window, however many attempts race,
/// and on any database. A right password then gives the count back, and lifts the lock its own attempt set, unless
/// another attempt was counted meanwhile: then the count stands, which errs on the side of the lock.
/// </summary>
internal sealed class LoginAttempts(UsersDbContext db, TimeProvider time)
{
    // Each round that loses the race lets another attempt in; past this many, the account is under a burst.
    private const int MaxRounds = 10;
    private static readonly TimeSpan BusyRetryAfter = TimeSpan.FromSeconds(1);

    public async Task<LoginAttempt> BeginAsync(int userId, CancellationToken cancellationToken)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var attempt = await db.WriteAsync(token => TryCountAsync(userId, token), cancellationToken);
            if (attempt is not null)
            {
                return attempt;
            }
        }

        return LoginAttempt.Refused(BusyRetryAfter);
    }

    /// <summary>The right password: the failures counted so far are forgotten, if no other attempt came in since this one.</summary>
    public Task SucceededAsync(int userId, LoginAttempt attempt, CancellationToken cancellationToken) =>
        db.WriteAsync(
            token => db.Users
                .Where(user => user.Id == userId && user.ConcurrencyStamp == attempt.Stamp)
                .ExecuteUpdateAsync(
                    set => set
                        .SetProperty(user => user.AccessFailedCount, 0)
                        .SetProperty(user => user.LockoutEnd, (DateTimeOffset?)null)
                        .SetProperty(user => user.ConcurrencyStamp, Guid.NewGuid().ToString()),
                    token),
            cancellationToken);

    private async Task<LoginAttempt?> TryCountAsync(int userId, CancellationToken cancellationToken)
    {
        var account = await db.Users.AsNoTracking()
            .Where(user => user.Id == userId)
            .Select(user => new { user.AccessFailedCount, user.LockoutEnd, user.LockoutEnabled, user.ConcurrencyStamp })
            .SingleAsync(cancellationToken);
        var now = time.GetUtcNow();
        if (account.LockoutEnd > now)
        {
            return LoginAttempt.Refused(account.LockoutEnd.Value - now);
        }

        var failures = account.LockoutEnabled ? account.AccessFailedCount + 1 : 0;
        var locks = failures >= AccountsSetup.MaxFailedPasswords;
        var stamp = Guid.NewGuid().ToString();
        var counted = await db.Users
            .Where(user => user.Id == userId && user.ConcurrencyStamp == account.ConcurrencyStamp)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(user => user.AccessFailedCount, locks ? 0 : failures)
                    .SetProperty(user => user.LockoutEnd, locks ? now + AccountsSetup.LockoutDuration : account.LockoutEnd)
                    .SetProperty(user => user.ConcurrencyStamp, stamp),
                cancellationToken);
        return counted == 1 ? LoginAttempt.Counted(stamp) : null;
    }
}

/// <summary>An attempt counted (with the stamp it left on the account), or refused for <see cref="RetryAfter"/>.</summary>
internal sealed record LoginAttempt(string? Stamp, TimeSpan RetryAfter)
{
    public bool IsRefused => Stamp is null;

    public static LoginAttempt Counted(string stamp) => new(stamp, TimeSpan.Zero);

    public static LoginAttempt Refused(TimeSpan retryAfter) => new(null, retryAfter);
}
