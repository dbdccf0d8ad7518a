using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Json;
using Ecommerce.Modules.Users.Data;
using Ecommerce.Modules.Users.Domain;
using Ecommerce.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ecommerce.Modules.Users.Tests;

/// <summary>
/// PBKDF2-HMAC-SHA512 at <c>Security:PasswordIterations</c> (the test hosts use 1,000 for speed), and hashes made with
/// weaker settings upgraded at the account's next successful login.
/// </summary>
public sealed class PasswordHashingTests
{
    private const int HostIterations = 1_000;
    private const byte HmacSha512 = 2;

    [Test]
    public void Without_the_setting_passwords_take_210_000_iterations()
    {
        var configuration = new ConfigurationBuilder().Build();

        Assert.That(AccountsSetup.PasswordIterations(configuration), Is.EqualTo(210_000));
    }

    [Test]
    public async Task A_registered_password_is_hashed_with_hmac_sha512_and_the_configured_iterations()
    {
        var user = await TestHost.App.NewCustomerAsync();

        var (version, prf, iterations) = Header(await StoredHashAsync(user.Email));

        Assert.That((version, prf, iterations), Is.EqualTo(((byte)1, HmacSha512, HostIterations)));
    }

    [Test]
    public async Task A_hash_with_fewer_iterations_is_rehashed_at_the_next_successful_login_and_not_at_a_failed_one()
    {
        var user = await TestHost.App.NewCustomerAsync();
        var weak = Hasher(new PasswordHasherOptions { IterationCount = 500 }).HashPassword(new User(), user.Password);
        await StoreHashAsync(user.Email, weak);
        using var client = TestHost.App.Anonymous();

        var wrong = await client.PostAsJsonAsync("/login", new { email = user.Email, password = "Wrong-password" });
        var afterWrong = await StoredHashAsync(user.Email);
        var right = await client.PostAsJsonAsync("/login", new { email = user.Email, password = user.Password });
        var afterRight = await StoredHashAsync(user.Email);
        var again = await client.PostAsJsonAsync("/login", new { email = user.Email, password = user.Password });

        await wrong.ExpectAsync(HttpStatusCode.BadRequest);
        await right.ExpectAsync(HttpStatusCode.OK);
        await again.ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(afterWrong, Is.EqualTo(weak), "a wrong password changes no hash");
            Assert.That(Header(afterRight), Is.EqualTo(((byte)1, HmacSha512, HostIterations)));
        });
    }

    [Test]
    public async Task An_identity_v2_hash_becomes_a_v3_hash_at_the_next_successful_login()
    {
        var user = await TestHost.App.NewCustomerAsync();
        var v2 = Hasher(new PasswordHasherOptions { CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2 }).HashPassword(new User(), user.Password);
        await StoreHashAsync(user.Email, v2);
        using var client = TestHost.App.Anonymous();

        var right = await client.PostAsJsonAsync("/login", new { email = user.Email, password = user.Password });

        await right.ExpectAsync(HttpStatusCode.OK);
        Assert.That(Header(await StoredHashAsync(user.Email)), Is.EqualTo(((byte)1, HmacSha512, HostIterations)));
    }

    private static PasswordHasher<User> Hasher(PasswordHasherOptions options) => new(Options.Create(options));

    /// <summary>Identity's V3 format: a 0x01 marker, then the PRF and the iteration count as big-endian 32-bit numbers.</summary>
    private static (byte Version, byte Prf, int Iterations) Header(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        return bytes[0] == 1
            ? (1, (byte)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1)), (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5)))
            : (bytes[0], 0, 0);
    }

    private static async Task<string> StoredHashAsync(string email)
    {
        await using var scope = TestHost.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UsersDbContext>();
        return await db.Users.Where(user => user.NormalizedEmail == email.ToUpperInvariant()).Select(user => user.PasswordHash!).SingleAsync();
    }

    /// <summary>Stands for an account whose password was hashed before the settings were raised.</summary>
    private static async Task StoreHashAsync(string email, string hash)
    {
        await using var scope = TestHost.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UsersDbContext>();
        await db.Users.Where(user => user.NormalizedEmail == email.ToUpperInvariant()).ExecuteUpdateAsync(set => set.SetProperty(user => user.PasswordHash, hash));
    }
}
