using System.Net;
using System.Net.Http.Json;
using Ecommerce.Testing;

namespace Ecommerce.Host.Tests;

/// <summary>
/// The per-client limits as an attacker meets them: forged X-Forwarded-For from anywhere, many addresses behind a
/// trusted proxy, a whole IPv6 /64. A host of its own with <c>RateLimiting:AnonymousPerMinute</c> of 3; every test
/// sends from addresses no other test uses.
/// </summary>
public sealed class ClientRateLimitTests
{
    private const int PerMinute = 3;
    private const string Proxy = "203.0.113.10";
    private EcommerceApp _app = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _app = new EcommerceApp(
            new Dictionary<string, string?>
            {
                ["RateLimiting:AnonymousPerMinute"] = $"{PerMinute}",
                ["ForwardedHeaders:KnownProxies:0"] = Proxy,
                ["ForwardedHeaders:KnownNetworks:0"] = "2001:db8:ffff::/48",
            },
            PeerAddress.Allow);
        _app.StartServer();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _app.DisposeAsync();

    [Test]
    public async Task Forwarded_addresses_from_an_untrusted_peer_are_ignored_and_the_peer_is_one_client()
    {
        var names = Enumerable.Range(0, PerMinute + 1).Select(_ => $"u{Guid.NewGuid():N}"[..20]).ToList();

        var answers = new List<HttpResponseMessage>();
        foreach (var (name, index) in names.Select((name, index) => (name, index)))
        {
            answers.Add(await SendAsync(Register("198.51.100.20", name, forwardedFor: $"192.0.2.{index + 1}")));
        }

        Assert.That(answers.Take(PerMinute).Select(answer => answer.StatusCode), Is.All.EqualTo(HttpStatusCode.Created));
        await ExpectLimitedAsync(answers[^1]);
        await ExpectNoAccountAsync(names[^1]);
    }

    [Test]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit()
    {
        var answers = new List<HttpResponseMessage>();
        for (var client = 1; client <= 2 * PerMinute; client++)
        {
            answers.Add(await SendAsync(Get(Proxy, "/products", forwardedFor: $"192.0.2.{100 + client}")));
        }

        var sameClient = new List<HttpResponseMessage>();
        for (var request = 0; request <= PerMinute; request++)
        {
            sameClient.Add(await SendAsync(Get(Proxy, "/products", forwardedFor: "192.0.2.99")));
        }

        Assert.Multiple(async () =>
        {
            Assert.That(answers.Select(answer => answer.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(sameClient.Take(PerMinute).Select(answer => answer.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
            await ExpectLimitedAsync(sameClient[^1]);
        });
    }

    [Test]
    public async Task A_trusted_proxy_passes_on_only_the_address_it_saw_not_what_the_client_wrote_before_it()
    {
        var answers = new List<HttpResponseMessage>();
        for (var request = 0; request <= PerMinute; request++)
        {
            answers.Add(await SendAsync(Get(Proxy, "/products", forwardedFor: $"198.18.{request}.1, 192.0.2.150")));
        }

        Assert.That(answers.Take(PerMinute).Select(answer => answer.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        await ExpectLimitedAsync(answers[^1]);
    }

    [Test]
    public async Task A_trusted_network_of_proxies_is_followed_back_to_the_client()
    {
        var answers = new List<HttpResponseMessage>();
        for (var client = 1; client <= 2 * PerMinute; client++)
        {
            answers.Add(await SendAsync(Get("2001:db8:ffff:1::5", "/products", forwardedFor: $"192.0.2.{200 + client}, 2001:db8:ffff:2::7")));
        }

        Assert.That(answers.Select(answer => answer.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Every_address_of_an_ipv6_64_shares_one_limit()
    {
        var answers = new List<HttpResponseMessage>();
        for (var host = 1; host <= PerMinute + 1; host++)
        {
            answers.Add(await SendAsync(Get($"2001:db8:42:1::{host:x}", "/products")));
        }

        var neighbour = await SendAsync(Get("2001:db8:42:2::1", "/products"));

        Assert.That(answers.Take(PerMinute).Select(answer => answer.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        await ExpectLimitedAsync(answers[^1]);
        await neighbour.ExpectAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task Requests_with_a_valid_token_are_not_counted_as_anonymous()
    {
        var customer = await _app.NewCustomerAsync();

        var answers = new List<HttpResponseMessage>();
        for (var request = 0; request <= 2 * PerMinute; request++)
        {
            var get = Get("198.51.100.30", "/cart");
            get.Headers.Authorization = new("Bearer", customer.Token);
            answers.Add(await SendAsync(get));
        }

        var anonymous = Enumerable.Range(0, PerMinute + 1).Select(_ => Get("198.51.100.30", "/products")).ToList();
        var anonymousAnswers = new List<HttpResponseMessage>();
        foreach (var request in anonymous)
        {
            anonymousAnswers.Add(await SendAsync(request));
        }

        Assert.That(answers.Select(answer => answer.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        await ExpectLimitedAsync(anonymousAnswers[^1]);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        using var client = _app.Anonymous();
        return await client.SendAsync(request);
    }

    private static HttpRequestMessage Get(string peer, string path, string? forwardedFor = null) =>
        PeerAddress.From(peer, HttpMethod.Get, path, forwardedFor);

    private static HttpRequestMessage Register(string peer, string name, string forwardedFor)
    {
        var request = PeerAddress.From(peer, HttpMethod.Post, "/register", forwardedFor);
        request.Content = JsonContent.Create(new { username = name, email = $"{name}@test.local", password = "Password-123" });
        return request;
    }

    private static async Task ExpectLimitedAsync(HttpResponseMessage response)
    {
        await response.ExpectProblemAsync(HttpStatusCode.TooManyRequests, "Too many requests");
        Assert.That(response.Headers.RetryAfter?.Delta?.TotalSeconds, Is.InRange(1, 60));
    }

    /// <summary>Asked from an address of its own, so the check spends nobody's budget.</summary>
    private async Task ExpectNoAccountAsync(string name)
    {
        var login = PeerAddress.From($"198.51.100.{Random.Shared.Next(100, 200)}", HttpMethod.Post, "/login");
        login.Content = JsonContent.Create(new { email = $"{name}@test.local", password = "Password-123" });
        await (await SendAsync(login)).ExpectProblemAsync(HttpStatusCode.NotFound, "User not found");
    }
}
