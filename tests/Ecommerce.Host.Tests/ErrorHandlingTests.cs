using System.Net;
using System.Net.Http.Json;
using Ecommerce.Testing;

namespace Ecommerce.Host.Tests;

public sealed class ErrorHandlingTests
{
    [Test]
    public async Task An_unknown_route_is_a_404_problem_with_a_message()
    {
        using var client = TestHost.App.Anonymous();
        var problem = await (await client.GetAsync("/no/such/thing")).ExpectAsync(HttpStatusCode.NotFound);
        Assert.That(problem.GetProperty("message").GetString(), Is.Not.Empty);
    }

    [Test]
    public async Task An_unexpected_fault_is_a_500_with_a_message_and_a_trace_id_and_nothing_internal()
    {
        // A refund that breaks is not expected: the admin's cancellation of a paid order fails whole.
        await using var app = new EcommerceApp(configureServices: services => services.AddFailingPaymentGateway(failCharges: false, failRefunds: true));
        var admin = await app.AdminAsync();
        var customer = await app.NewCustomerAsync();
        var orderId = await customer.OrderAsync(await admin.NewProductAsync(stock: 1));
        Assert.That(await customer.DecidedStatusOfAsync(orderId), Is.EqualTo("Confirmed"));
        await (await customer.Client.PostAsync($"/orders/{orderId}/checkout", null)).ExpectAsync(HttpStatusCode.OK);

        var response = await admin.Client.PatchAsJsonAsync($"/order/{orderId}", new { status = "Cancelled" });
        var body = await response.Content.ReadAsStringAsync();
        var problem = await response.ExpectProblemAsync(HttpStatusCode.InternalServerError, "An unexpected error occurred");
        Assert.Multiple(async () =>
        {
            Assert.That(problem.GetProperty("traceId").GetString(), Is.Not.Empty);
            Assert.That(body, Does.Not.Contain("Exception").And.Not.Contain("System.").And.Not.Contain(" at "));
            Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Paid"), "the failed cancellation changed nothing");
        });
    }

    [Test]
    public async Task A_payment_gateway_that_fails_is_a_502_with_a_message_and_nothing_internal_and_the_order_stays_confirmed()
    {
        await using var app = new EcommerceApp(configureServices: services => services.AddFailingPaymentGateway());
        var admin = await app.AdminAsync();
        var customer = await app.NewCustomerAsync();
        var orderId = await customer.OrderAsync(await admin.NewProductAsync(stock: 1));
        Assert.That(await customer.DecidedStatusOfAsync(orderId), Is.EqualTo("Confirmed"));

        var response = await customer.Client.PostAsync($"/orders/{orderId}/checkout", null);
        var body = await response.Content.ReadAsStringAsync();
        await response.ExpectProblemAsync(HttpStatusCode.BadGateway, "Payment gateway unavailable");
        Assert.Multiple(async () =>
        {
            Assert.That(body, Does.Not.Contain("Exception").And.Not.Contain("System.").And.Not.Contain(" at "));
            Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Confirmed"), "the failed checkout changed nothing");
            // The claim was given back: the customer may cancel at once.
            await (await customer.Client.PatchAsJsonAsync($"/order/{orderId}", new { status = "Cancelled" })).ExpectAsync(HttpStatusCode.OK);
        });
    }
}
