using System.Net;
using Ecommerce.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Ecommerce.Host.Tests;

/// <summary>A production host shows no more than its API: no OpenAPI document or Swagger UI unless <c>OpenApi:Enabled=true</c>.</summary>
public sealed class OpenApiExposureTests
{
    [Test]
    public async Task In_production_neither_the_document_nor_the_swagger_ui_is_served()
    {
        await using var app = new ProductionApp();
        using var client = app.Anonymous();

        var document = await client.GetAsync("/swagger/v1/swagger.json");
        var ui = await client.GetAsync("/swagger/index.html");
        var api = await client.GetAsync("/products");

        Assert.Multiple(() =>
        {
            Assert.That(document.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(ui.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(api.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task In_production_OpenApi_Enabled_serves_them()
    {
        await using var app = new ProductionApp(new Dictionary<string, string?> { ["OpenApi:Enabled"] = "true" });
        using var client = app.Anonymous();

        await (await client.GetAsync("/swagger/v1/swagger.json")).ExpectAsync(HttpStatusCode.OK);
        Assert.That((await client.GetAsync("/swagger/index.html")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Outside_production_OpenApi_Enabled_false_turns_them_off()
    {
        await using var app = new EcommerceApp(new Dictionary<string, string?> { ["OpenApi:Enabled"] = "false" });
        using var client = app.Anonymous();

        Assert.That((await client.GetAsync("/swagger/v1/swagger.json")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private sealed class ProductionApp(IDictionary<string, string?>? settings = null) : EcommerceApp(settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}
