using System.Net;
using System.Net.Http.Json;
using Ecommerce.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.Host.Tests.Split;

/// <summary>A question to another host is retried by the resilience pipeline: a passing failure of the owner is not the client's.</summary>
public sealed class ResilienceTests
{
    private readonly FlakyOwner _catalogHost = new();
    private SplitDeployment _split = null!;

    [OneTimeSetUp]
    public void Start() => _split = SplitDeployment.Start(["Catalog"], configureApart: services => services.AddSingleton<IStartupFilter>(_catalogHost));

    [OneTimeTearDown]
    public async Task Stop() => await _split.DisposeAsync();

    [Test]
    public async Task An_owner_failing_twice_is_asked_again_and_the_request_succeeds()
    {
        var product = await (await _split.Apart.AdminAsync()).NewProductAsync(stock: 3);
        var customer = await _split.FrontDoor.NewCustomerAsync();
        var before = _catalogHost.Arrived;
        _catalogHost.FailNext(2);

        var added = await customer.Client.PostAsJsonAsync("/cart", new { productId = product, quantity = 1 });

        await added.ExpectAsync(HttpStatusCode.OK);
        Assert.That(_catalogHost.Arrived - before, Is.EqualTo(3), "two failed tries, then the answer");
    }

    [Test]
    public async Task An_owner_failing_past_the_retries_is_a_503_and_the_cart_is_unchanged()
    {
        var product = await (await _split.Apart.AdminAsync()).NewProductAsync(stock: 3);
        var customer = await _split.FrontDoor.NewCustomerAsync();
        var before = _catalogHost.Arrived;
        _catalogHost.FailNext(100);

        var added = await customer.Client.PostAsJsonAsync("/cart", new { productId = product, quantity = 1 });
        _catalogHost.FailNext(0);

        await added.ExpectProblemAsync(HttpStatusCode.ServiceUnavailable, "Service temporarily unavailable");
        var cart = await (await customer.Client.GetAsync("/cart")).ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(_catalogHost.Arrived - before, Is.EqualTo(4), "the first try and three retries");
            Assert.That(cart.GetProperty("items").GetArrayLength(), Is.Zero);
        });
    }
}
