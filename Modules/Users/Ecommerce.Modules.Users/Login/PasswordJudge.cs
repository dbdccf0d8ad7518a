using Ecommerce.BuildingBlocks.Persistence;
using Ecommerce.Modules.Users.Data;
using Ecommerce.Modules.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Modules.Users.Login;

/// <summary>Judges a password with the configured hasher, and upgrades the hash of a right one made with weaker settings.</summary>
internal sealed class PasswordJudge(IPasswordHasher<User> hasher, UsersDbContext db)
{
    public PasswordVerificationResult Judge(User user, string password) =>
        user.PasswordHash is { } hash ? hasher.VerifyHashedPassword(user, hash, password) : PasswordVerificationResult.Failed;

    /// <summary>Stores a hash with today's settings, unless the password changed meanwhile.</summary>
    public Task RehashAsync(User user, string password, CancellationToken cancellationToken)
    {
        var stored = user.PasswordHash;
        var rehashed = hasher.HashPassword(user, password);
        return db.WriteAsync(
            token => db.Users
                .Where(account => account.Id == user.Id && account.PasswordHash == stored)
                .ExecuteUpdateAsync(
                    set => set
                        .SetProperty(account => account.PasswordHash, rehashed)
                        .SetProperty(account => account.ConcurrencyStamp, Guid.NewGuid().ToString()),
                    token),
            cancellationToken);
    }
}
