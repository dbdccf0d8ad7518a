using System.Diagnostics;
using System.Net;
using Ecommerce.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.EndToEnd.Tests.Swagger;

/// <summary>
/// A person shops through the Swagger UI in a real (headless) browser, against the host on Kestrel: register, log in,
/// Authorize, create a product as the admin, add it to the cart, place an order, see it Confirmed, check out.
/// </summary>
public sealed class SwaggerJourneyTests
{
    [Test]
    public async Task A_person_goes_from_registration_to_a_paid_order_in_the_swagger_ui()
    {
        var watch = Stopwatch.StartNew();
        using var profile = new TemporaryFolder();
        using var browser = Chromium.Start(profile.Path);
        await using var app = new EcommerceApp();
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var host = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        var swagger = new SwaggerUi(browser);
        try
        {
            await ShopAsync(swagger, host);
        }
        catch (Exception) when (swagger.SaveEvidence(TestContext.CurrentContext.WorkDirectory) is var files)
        {
            files.ForEach(file => TestContext.AddTestAttachment(file));
            throw;
        }

        TestContext.Out.WriteLine($"The Swagger UI journey took {watch.Elapsed.TotalSeconds:F1} s.");
    }

    private static async Task ShopAsync(SwaggerUi swagger, Uri host)
    {
        swagger.Open(host);
        Assert.That(swagger.Groups(), Is.SupersetOf(new[] { "Users", "Catalog", "Cart", "Orders" }));

        var name = $"shopper{Guid.NewGuid():N}"[..20];
        var registered = swagger.Operation("Users", "Register")
            .Body($$"""{ "username": "{{name}}", "email": "{{name}}@example.com", "password": "Shopper-Password-1" }""").Execute();
        Assert.That(registered.Status, Is.EqualTo(201), registered.Body);
        Assert.That(registered.Json.GetProperty("message").GetString(), Is.EqualTo("User created"));

        swagger.Authorize(LogIn(swagger, EcommerceApp.AdminEmail, EcommerceApp.AdminPassword));
        var product = swagger.Operation("Catalog", "CreateProduct")
            .Body("""{ "name": "Swagger mug", "description": "Bought in a browser", "price": 12.5, "stock": 5 }""").Execute();
        Assert.That(product.Status, Is.EqualTo(201), product.Body);
        var productId = product.Json.GetProperty("id").GetInt32();

        swagger.Authorize(LogIn(swagger, $"{name}@example.com", "Shopper-Password-1"));
        var cart = swagger.Operation("Cart", "AddToCart").Body($$"""{ "productId": {{productId}}, "quantity": 2 }""").Execute();
        Assert.That(cart.Status, Is.EqualTo(200), cart.Body);
        Assert.That(cart.Json.GetProperty("items")[0].GetProperty("quantity").GetInt32(), Is.EqualTo(2));

        var placed = swagger.Operation("Orders", "PlaceOrder").Execute();
        Assert.That(placed.Status, Is.EqualTo(200), placed.Body);
        Assert.That(placed.Json.GetProperty("total").GetDecimal(), Is.EqualTo(25m));
        var orderId = placed.Json.GetProperty("orderId").GetInt32();

        var getOrder = swagger.Operation("Orders", "GetOrder").Parameter("id", orderId);
        var confirmed = await Eventually.Until(
            () => Task.FromResult(getOrder.Execute()),
            answer => answer.Status == 200 && answer.Json.GetProperty("status").GetString() == "Confirmed",
            "the order to show Confirmed");
        Assert.That(confirmed.Json.GetProperty("orderId").GetInt32(), Is.EqualTo(orderId));

        var checkout = swagger.Operation("Orders", "Checkout").Parameter("id", orderId).Execute();
        Assert.That(checkout.Status, Is.EqualTo(200), checkout.Body);
        Assert.That(checkout.Json.GetProperty("message").GetString(), Is.EqualTo("Order checked out successfully"));

        var paid = getOrder.Execute();
        var stock = swagger.Operation("Catalog", "GetProduct").Parameter("id", productId).Execute();
        Assert.Multiple(() =>
        {
            Assert.That(paid.Json.GetProperty("status").GetString(), Is.EqualTo("Paid"));
            Assert.That(stock.Json.GetProperty("stock").GetInt32(), Is.EqualTo(3), "the order took two of five");
        });
    }

    private static string LogIn(SwaggerUi swagger, string email, string password)
    {
        var login = swagger.Operation("Users", "Login").Body($$"""{ "email": "{{email}}", "password": "{{password}}" }""").Execute();
        Assert.That(login.Status, Is.EqualTo(200), login.Body);
        return login.Json.GetProperty("token").GetString()!;
    }
}
