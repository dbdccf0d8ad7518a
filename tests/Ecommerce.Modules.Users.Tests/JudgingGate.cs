using System.Collections.Concurrent;
using Ecommerce.Modules.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ecommerce.Modules.Users.Tests;

/// <summary>
/// Wraps the host's password hasher: counts the passwords judged per account, and can hold the judging of one
/// account's passwords until <see cref="Release"/>, so that a test sees every attempt of a burst in flight at once.
/// </summary>
internal sealed class JudgingGate
{
    private readonly ConcurrentDictionary<int, int> _judged = new();
    private readonly ManualResetEventSlim _released = new(initialState: false);
    private int _held = -1;
    private int _waiting;

    public int Waiting => Volatile.Read(ref _waiting);

    public int JudgedFor(int userId) => _judged.GetValueOrDefault(userId);

    public void Hold(int userId) => Volatile.Write(ref _held, userId);

    public void Release() => _released.Set();

    public void WrapHasher(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Scoped<IPasswordHasher<User>>(provider =>
            new GatedHasher(ActivatorUtilities.CreateInstance<PasswordHasher<User>>(provider), this)));

    private void Judging(int userId)
    {
        _judged.AddOrUpdate(userId, 1, (_, count) => count + 1);
        if (userId != Volatile.Read(ref _held))
        {
            return;
        }

        Interlocked.Increment(ref _waiting);
        _released.Wait(TimeSpan.FromSeconds(60));
        Interlocked.Decrement(ref _waiting);
    }

    private sealed class GatedHasher(IPasswordHasher<User> inner, JudgingGate gate) : IPasswordHasher<User>
    {
        public string HashPassword(User user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
        {
            gate.Judging(user.Id);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
