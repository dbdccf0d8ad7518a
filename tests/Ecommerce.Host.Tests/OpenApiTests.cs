using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ecommerce.Testing;

namespace Ecommerce.Host.Tests;

public sealed class OpenApiTests
{
    // Every operation of the contract, with the answers it can give (429: anonymous requests are rate-limited per client).
    private static readonly (string Method, string Path, string[] Statuses, bool Bearer)[] Operations =
    [
        ("post", "/register", ["201", "400", "429"], false),
        ("post", "/login", ["200", "400", "404", "429"], false),
        ("get", "/validate", ["200", "401", "403"], true),
        ("post", "/product", ["201", "400", "401", "403"], true),
        ("patch", "/product/{id}", ["200", "400", "401", "403", "404"], true),
        ("delete", "/product/{id}", ["200", "400", "401", "403", "404"], true),
        ("get", "/product/{id}", ["200", "400", "404", "429"], false),
        ("get", "/products", ["200", "400", "429"], false),
        ("post", "/product/stock", ["200", "400", "413", "429"], false),
        ("post", "/cart", ["200", "400", "401", "403", "404", "409"], true),
        ("get", "/cart", ["200", "401", "403"], true),
        ("patch", "/cart/{id}", ["200", "400", "401", "403", "404", "409"], true),
        ("delete", "/cart/{id}", ["200", "400", "401", "403", "404"], true),
        ("post", "/order", ["200", "400", "401", "403", "404", "409", "503"], true),
        ("get", "/orders", ["200", "401", "403"], true),
        ("get", "/order/{id}", ["200", "400", "401", "403", "404"], true),
        ("patch", "/order/{id}", ["200", "400", "401", "403", "404", "409", "503"], true),
        ("delete", "/order/{id}", ["200", "400", "401", "403", "404", "409", "503"], true),
        ("get", "/orders/{id}/checkout", ["200", "400", "401", "402", "403", "404", "409", "502", "503"], true),
        ("post", "/orders/{id}/checkout", ["200", "400", "401", "402", "403", "404", "409", "502", "503"], true),
        ("get", "/admin/dead-letters", ["200", "401", "403"], true),
        ("post", "/admin/dead-letters/{id}/replay", ["202", "401", "403", "404"], true),
        ("delete", "/admin/dead-letters/{id}", ["204", "401", "403", "404"], true),
    ];

    [Test]
    public async Task The_document_describes_every_operation_with_its_answers_and_bearer_security()
    {
        using var client = TestHost.App.Anonymous();
        var document = await (await client.GetAsync("/swagger/v1/swagger.json")).ExpectAsync(HttpStatusCode.OK);
        var paths = document.GetProperty("paths");

        Assert.Multiple(() =>
        {
            foreach (var (method, path, statuses, bearer) in Operations)
            {
                Assert.That(paths.TryGetProperty(path, out var item) && item.TryGetProperty(method, out _), Is.True, $"{method} {path} is documented");
                if (!paths.TryGetProperty(path, out item) || !item.TryGetProperty(method, out var operation))
                {
                    continue;
                }

                var documented = operation.GetProperty("responses").EnumerateObject().Select(response => response.Name).ToList();
                Assert.That(documented, Is.SupersetOf(statuses), $"{method} {path} responses");
                Assert.That(operation.TryGetProperty("security", out _), Is.EqualTo(bearer), $"{method} {path} asks for a bearer token");
            }
        });
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").EnumerateObject().Single().Value;
        Assert.Multiple(() =>
        {
            Assert.That(scheme.GetProperty("type").GetString(), Is.EqualTo("http"));
            Assert.That(scheme.GetProperty("scheme").GetString(), Is.EqualTo("bearer"));
        });
    }

    [Test]
    public async Task Every_operation_explains_itself_with_a_summary_and_examples()
    {
        using var client = TestHost.App.Anonymous();
        var document = await (await client.GetAsync("/swagger/v1/swagger.json")).ExpectAsync(HttpStatusCode.OK);
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (Name: $"{operation.Name} {path.Name}", Operation: operation.Value)))
            .ToList();

        Assert.That(operations, Has.Count.EqualTo(Operations.Length), "the document has the contract's operations, no more");
        Assert.Multiple(() =>
        {
            foreach (var (name, operation) in operations)
            {
                Assert.That(Text(operation, "summary"), Is.Not.Empty, $"{name} has a summary");
                Assert.That(operation.GetProperty("tags").EnumerateArray().Single().GetString(), Is.AnyOf("Users", "Catalog", "Cart", "Orders", "Admin"), $"{name} is grouped by its module (or Admin)");
                if (operation.TryGetProperty("requestBody", out var body))
                {
                    Assert.That(Examples(body), Is.Not.Empty.And.All.Not.EqualTo(JsonValueKind.Undefined), $"{name} shows an example request");
                }

                foreach (var response in operation.GetProperty("responses").EnumerateObject())
                {
                    var answer = $"{name} answering {response.Name}";
                    Assert.That(Text(response.Value, "description"), Is.Not.Empty, $"{answer} says what it means");
                    if (response.Name == "204")
                    {
                        Assert.That(Examples(response.Value), Is.Empty, $"{answer} has no body");
                        continue;
                    }

                    Assert.That(Examples(response.Value), Is.Not.Empty.And.All.Not.EqualTo(JsonValueKind.Undefined), $"{answer} shows an example");
                    if (response.Name[0] is '4' or '5')
                    {
                        var media = response.Value.GetProperty("content").EnumerateObject().Single();
                        var problems = ProblemExamples(media.Value);
                        Assert.That(media.Name, Is.EqualTo("application/problem+json"), $"{answer} is a problem");
                        Assert.That(problems.Select(problem => problem.GetProperty("status").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)),
                            Is.Not.Empty.And.All.EqualTo(response.Name), $"{answer}'s examples");
                        // An answer given for several reasons names them all and shows one example of each.
                        Assert.That(string.Join(" | ", problems.Select(problem => problem.GetProperty("message").GetString())), Is.EqualTo(Text(response.Value, "description")),
                            $"{answer}'s examples carry the messages it documents");
                    }
                }
            }
        });
    }

    [Test]
    public async Task The_examples_are_the_answers_the_api_gives()
    {
        using var client = TestHost.App.Anonymous();
        var document = await (await client.GetAsync("/swagger/v1/swagger.json")).ExpectAsync(HttpStatusCode.OK);
        var login = document.GetProperty("paths").GetProperty("/login").GetProperty("post").GetProperty("responses");
        var missingUser = login.GetProperty("404").GetProperty("content").GetProperty("application/problem+json").GetProperty("example");
        var answer = await (await client.PostAsJsonAsync("/login", new { email = $"nobody-{Guid.NewGuid():N}@example.com", password = "Some-Password-1" }))
            .ExpectAsync(HttpStatusCode.NotFound);

        Assert.Multiple(() =>
        {
            Assert.That(answer.GetProperty("message").GetString(), Is.EqualTo(missingUser.GetProperty("message").GetString()));
            Assert.That(answer.GetProperty("title").GetString(), Is.EqualTo(missingUser.GetProperty("title").GetString()));
            Assert.That(login.GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("example").GetProperty("message").GetString(),
                Is.EqualTo("Login successful"));
        });
    }

    [Test]
    public async Task The_swagger_ui_is_served_at_slash_swagger()
    {
        using var client = TestHost.App.Anonymous();
        var response = await client.GetAsync("/swagger/index.html");
        var page = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page, Does.Contain("swagger-ui"));
        });
    }

    private static string Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.GetString() ?? "" : "";

    private static List<JsonValueKind> Examples(JsonElement bodyOrResponse) =>
        bodyOrResponse.TryGetProperty("content", out var content)
            ? content.EnumerateObject()
                .Select(media => media.Value.TryGetProperty("example", out var example) || media.Value.TryGetProperty("examples", out example)
                    ? example.ValueKind
                    : JsonValueKind.Undefined)
                .ToList()
            : [];

    /// <summary>The example of a media type, or the values of its named examples.</summary>
    private static List<JsonElement> ProblemExamples(JsonElement media) =>
        media.TryGetProperty("example", out var example)
            ? [example]
            : media.TryGetProperty("examples", out var examples) ? examples.EnumerateObject().Select(named => named.Value.GetProperty("value")).ToList() : [];

    [Test]
    public async Task Json_is_camel_case_in_the_documented_schemas()
    {
        using var client = TestHost.App.Anonymous();
        var document = await (await client.GetAsync("/swagger/v1/swagger.json")).ExpectAsync(HttpStatusCode.OK);
        var properties = document.GetProperty("components").GetProperty("schemas").EnumerateObject()
            .Where(schema => schema.Value.TryGetProperty("properties", out _))
            .SelectMany(schema => schema.Value.GetProperty("properties").EnumerateObject().Select(property => property.Name))
            .ToList();
        Assert.That(properties, Is.Not.Empty.And.All.Matches<string>(name => char.IsLower(name[0])));
    }
}
