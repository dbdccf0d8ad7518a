using System.Security.Claims;
using System.Text;
using Ecommerce.BuildingBlocks.Auth;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Ecommerce.BuildingBlocks.Tests.Auth;

/// <summary>
/// A token that passed is not validated again until it expires. The tests see it by validating a second time against
/// other parameters (a different key), which a fresh validation would refuse.
/// </summary>
public sealed class RememberingTokenHandlerTests
{
    private static readonly SymmetricSecurityKey Key = new(Encoding.UTF8.GetBytes("the-signing-key-of-these-tests-0123456789"));
    private static readonly SymmetricSecurityKey OtherKey = new(Encoding.UTF8.GetBytes("another-signing-key-nobody-signs-with-42"));

    [Test]
    public async Task A_token_that_passed_is_answered_from_memory_with_its_own_copy_of_the_identity()
    {
        var handler = new RememberingTokenHandler(new FakeTimeProvider(DateTimeOffset.UtcNow));
        var token = Sign(expires: DateTime.UtcNow.AddHours(1));

        var first = await handler.ValidateTokenAsync(token, Parameters(Key));
        var second = await handler.ValidateTokenAsync(token, Parameters(OtherKey));

        Assert.Multiple(() =>
        {
            Assert.That(first.IsValid, Is.True);
            Assert.That(second.IsValid, Is.True, "validated again instead of remembered");
            Assert.That(second.ClaimsIdentity.FindFirst("sub")?.Value, Is.EqualTo("7"));
            Assert.That(second.SecurityToken.ValidTo, Is.EqualTo(first.SecurityToken.ValidTo));
            Assert.That(second.ClaimsIdentity, Is.Not.SameAs(first.ClaimsIdentity));
        });
    }

    [Test]
    public async Task A_token_is_validated_again_once_it_has_expired_by_the_hosts_clock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var handler = new RememberingTokenHandler(clock);
        var token = Sign(expires: DateTime.UtcNow.AddMinutes(10));
        Assert.That((await handler.ValidateTokenAsync(token, Parameters(Key))).IsValid, Is.True);

        clock.Advance(TimeSpan.FromMinutes(11));

        Assert.That((await handler.ValidateTokenAsync(token, Parameters(OtherKey))).IsValid, Is.False);
    }

    [Test]
    public async Task A_token_that_failed_is_not_remembered()
    {
        var handler = new RememberingTokenHandler(new FakeTimeProvider(DateTimeOffset.UtcNow));
        var token = Sign(expires: DateTime.UtcNow.AddHours(1));

        var refused = await handler.ValidateTokenAsync(token, Parameters(OtherKey));
        var passed = await handler.ValidateTokenAsync(token, Parameters(Key));
        var refusedAgain = await handler.ValidateTokenAsync(Sign(expires: DateTime.UtcNow.AddHours(1), key: OtherKey), Parameters(Key));

        Assert.Multiple(() =>
        {
            Assert.That(refused.IsValid, Is.False);
            Assert.That(passed.IsValid, Is.True);
            Assert.That(refusedAgain.IsValid, Is.False);
        });
    }

    private static string Sign(DateTime expires, SymmetricSecurityKey? key = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim("sub", "7"), new Claim("role", "Customer")]),
            Issuer = "tests",
            Audience = "tests",
            NotBefore = expires.AddHours(-2),
            Expires = expires,
            SigningCredentials = new SigningCredentials(key ?? Key, SecurityAlgorithms.HmacSha256),
        });

    private static TokenValidationParameters Parameters(SymmetricSecurityKey key) => new()
    {
        ValidIssuer = "tests",
        ValidAudience = "tests",
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        RequireExpirationTime = true,
        ClockSkew = TimeSpan.Zero,
    };
}
