using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Host.Tests;

public sealed class OpenApiTests
{
    // Every operation of the contract, with the answers it can give.
    private static readonly (string Method, string Path, string[] Statuses, bool Bearer)[] Operations =
    [
        ("post", "/register", ["201", "400", "429"], false),
        ("post", "/login", ["200", "400", "404", "429"], false),
        ("get", "/validate", ["200", "401", "403"], true),
        ("post", "/product", ["201", "400", "401", "403"], true),
        ("patch", "/product/{id}", ["200", "400", "401", "403", "404"], true),
        ("delete", "/product/{id}", ["200", "400", "401", "403", "404"], true),
        ("get", "/product/{id}", ["200", "400", "404"], false),
        ("get", "/products", ["200", "400"], false),
        ("post", "/product/stock", ["200", "400"], false),
        ("post", "/cart", ["200", "400", "401", "403", "404", "409"], true),
        ("get", "/cart", ["200", "401", "403"], true),
        ("patch", "/cart/{id}", ["200", "400", "401", "403", "404", "409"], true),
        ("delete", "/cart/{id}", ["200", "400", "401", "403", "404"], true),
        ("post", "/order", ["200", "400", "401", "403", "409"], true),
        ("get", "/orders", ["200", "401", "403"], true),
        ("get", "/order/{id}", ["200", "400", "401", "403", "404"], true),
        ("patch", "/order/{id}", ["200", "400", "401", "403", "404", "409"], true),
        ("delete", "/order/{id}", ["200", "400", "401", "403", "404", "409"], true),
        ("get", "/orders/{id}/checkout", ["200", "400", "401", "403", "404", "409"], true),
        ("post", "/orders/{id}/checkout", ["200", "400", "401", "403", "404", "409"], true),
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
