using Ecommerce.Testing;

namespace Ecommerce.EndToEnd.Tests.Exploration;

/// <summary>Ecommerce.http walks the whole journey: every request, sent in order against the host, succeeds.</summary>
public sealed class HttpFileTests
{
    private const string RepeatUntilConfirmed = "repeat until \"status\" is \"Confirmed\"";
    private static readonly HttpFile File = HttpFile.Parse(Repository.Read("Ecommerce.http"));

    [Test]
    public async Task Every_request_of_the_journey_succeeds_in_order()
    {
        await using var app = new EcommerceApp();
        using var client = app.Anonymous();
        var customer = $"walker{Guid.NewGuid():N}"[..20];
        var variables = new Dictionary<string, string>(File.Variables)
        {
            ["host"] = client.BaseAddress!.ToString().TrimEnd('/'),
            ["adminEmail"] = EcommerceApp.AdminEmail,
            ["adminPassword"] = EcommerceApp.AdminPassword,
            ["customer"] = customer,
        };
        var runner = new HttpFileRunner(client, variables);

        foreach (var request in File.Requests)
        {
            var (status, body) = request.Title.Contains(RepeatUntilConfirmed, StringComparison.Ordinal)
                ? await Eventually.Until(() => runner.SendAsync(request), answer => answer.Body?.GetProperty("status").GetString() == "Confirmed", request.Title)
                : await runner.SendAsync(request);
            Assert.That(status, Is.InRange(200, 299), $"{request.Title}: {body}");
        }
    }

    [Test]
    public void It_takes_a_person_from_registration_to_a_paid_order()
    {
        var routes = File.Requests.Select(request => $"{request.Method} {Route(request.Url)}").ToList();
        Assert.That(routes, Is.SupersetOf(new[]
        {
            "POST /register", "POST /login", "POST /product", "POST /cart", "POST /order", "GET /order/{}", "GET /orders/{}/checkout",
        }));
    }

    [Test]
    public void Every_request_has_a_title_saying_what_it_does()
    {
        Assert.Multiple(() =>
        {
            Assert.That(File.Requests.Select(request => request.Title).ToList(), Has.Count.GreaterThan(10).And.All.Not.Empty);
            Assert.That(File.Requests.Count(request => request.Title.Contains(RepeatUntilConfirmed, StringComparison.Ordinal)), Is.EqualTo(1),
                "the order is read again until the catalog confirmed it");
        });
    }

    [Test]
    public void Tokens_and_ids_come_from_earlier_answers()
    {
        var named = File.Requests.Where(request => request.Name is not null).Select(request => request.Name!).ToList();
        var authorized = File.Requests.Where(request => request.Headers.Any(header => header.Name == "Authorization")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(named, Is.SupersetOf(new[] { "adminLogin", "login", "product", "order" }));
            Assert.That(authorized.Select(request => request.Headers.Single(header => header.Name == "Authorization").Value),
                Is.Not.Empty.And.All.Matches(@"^Bearer \{\{\w+\.response\.body\.\$\.token\}\}$"));
        });
    }

    private static string Route(string url) =>
        System.Text.RegularExpressions.Regex.Replace(url.Replace("{{host}}", "", StringComparison.Ordinal).Split('?')[0], @"\{\{[^}]+\}\}", "{}");
}
