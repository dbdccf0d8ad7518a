using Ecommerce.Testing;

namespace Ecommerce.Host.Tests.Split;

/// <summary>A placement that cannot work stops the host at start-up with a message that names the setting to fix.</summary>
public sealed class MisplacementTests
{
    private static readonly IDictionary<string, string?> Kafka = EcommerceApp.KafkaSettings("127.0.0.1:9");

    [Test]
    public void A_module_not_enabled_needs_its_remote_host() =>
        AssertRefused(
            With(Kafka, ("Modules:Enabled", "users, carts, orders")),
            "Modules:Remote:Catalog is not set");

    [Test]
    public void Remote_modules_need_the_Kafka_transport() =>
        AssertRefused(
            With(new Dictionary<string, string?>(StringComparer.Ordinal), ("Modules:Enabled", "Catalog"), ("Modules:Remote:Users", "http://a"),
                ("Modules:Remote:Carts", "http://a"), ("Modules:Remote:Orders", "http://a")),
            "Messaging:Transport");

    [Test]
    public void An_unknown_module_is_refused() =>
        AssertRefused(With(Kafka, ("Modules:Enabled", "Users,Shipping")), "Modules:Enabled names 'Shipping', which is no module");

    [Test]
    public void No_module_at_all_is_refused() =>
        AssertRefused(With(Kafka, ("Modules:Enabled", " , ")), "Modules:Enabled names no module");

    [Test]
    public void A_remote_address_for_an_unknown_module_is_refused() =>
        AssertRefused(With(Kafka, ("Modules:Remote:Shipping", "http://a")), "Modules:Remote:Shipping names no module");

    [Test]
    public void A_remote_address_must_be_an_http_url() =>
        AssertRefused(
            With(Kafka, ("Modules:Enabled", "Users,Carts,Orders"), ("Modules:Remote:Catalog", "catalog-host:8080")),
            "Modules:Remote:Catalog is 'catalog-host:8080', which is not an absolute http:// or https:// URL");

    [Test]
    public void A_split_needs_a_shared_signing_key() =>
        AssertRefused(
            With(Kafka, ("Modules:Enabled", "Users,Carts,Orders"), ("Modules:Remote:Catalog", "http://catalog"), ("Jwt:SigningKey", "")),
            "Jwt:SigningKey is not set");

    private static Dictionary<string, string?> With(IDictionary<string, string?> settings, params (string Key, string Value)[] more)
    {
        var all = new Dictionary<string, string?>(settings, StringComparer.Ordinal);
        foreach (var (key, value) in more)
        {
            all[key] = value;
        }

        return all;
    }

    private static void AssertRefused(Dictionary<string, string?> settings, string message)
    {
        using var app = new EcommerceApp(settings);

        var refusal = Assert.Catch(app.StartServer);

        Assert.That(refusal!.GetBaseException().Message, Does.Contain(message));
    }
}
