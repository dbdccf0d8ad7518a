using Ecommerce.Testing;

namespace Ecommerce.Modules.Users.Tests;

public sealed class TokenClaimsTests
{
    [Test]
    public async Task A_customers_token_carries_its_identity_role_issuer_audience_and_one_hour_of_life()
    {
        var user = await TestHost.App.NewCustomerAsync();

        var claims = Tokens.Read(user.Token);

        var jwt = claims.Jwt;
        Assert.Multiple(() =>
        {
            Assert.That(jwt.Alg, Is.EqualTo("HS256"));
            Assert.That(claims.Subject, Is.EqualTo(user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(claims.Email, Is.EqualTo(user.Email));
            Assert.That(claims.Username, Is.EqualTo(user.Username));
            Assert.That(claims.Roles, Is.EqualTo(new[] { "Customer" }));
            Assert.That(jwt.Issuer, Is.EqualTo(Tokens.Issuer));
            Assert.That(jwt.Audiences, Is.EqualTo(new[] { Tokens.Audience }));
            Assert.That(jwt.ValidTo, Is.EqualTo(DateTime.UtcNow.AddHours(1)).Within(TimeSpan.FromMinutes(1)));
            Assert.That(jwt.ValidTo - jwt.IssuedAt, Is.EqualTo(TimeSpan.FromHours(1)));
        });
    }

    [Test]
    public async Task The_seeded_admin_logs_in_and_its_token_has_the_admin_role()
    {
        var token = await TestHost.App.LoginAsync(EcommerceApp.AdminEmail, EcommerceApp.AdminPassword);

        var claims = Tokens.Read(token);

        Assert.Multiple(() =>
        {
            Assert.That(claims.Email, Is.EqualTo(EcommerceApp.AdminEmail));
            Assert.That(claims.Username, Is.EqualTo("admin"));
            Assert.That(claims.Roles, Does.Contain("Admin"));
        });
    }

    [Test]
    public async Task The_admins_token_is_accepted_by_validate()
    {
        var admin = await TestHost.App.AdminAsync();

        var claims = Tokens.Read(admin.Token);

        Assert.That(claims.Subject, Is.EqualTo(admin.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
