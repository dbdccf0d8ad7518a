using System.Net;
using Ecommerce.Testing;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>Concurrent checkouts of one order pay once: each answers 200, or 409 while another one is charging.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.All))]
public sealed class CheckoutRaceTests(Transport transport) : ApiFixture(transport)
{
    [Test]
    public async Task Ten_concurrent_checkouts_pay_once_and_publish_one_OrderPaid()
    {
        var customer = await App.NewCustomerAsync();
        var orderId = await customer.ConfirmedOrderAsync(await Admin.NewProductAsync(stock: 5));

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(attempt =>
            attempt % 2 == 0 ? customer.CheckoutAsync(orderId) : customer.CheckoutByPostAsync(orderId)));

        Assert.That(answers.Select(answer => answer.StatusCode), Has.Some.EqualTo(HttpStatusCode.OK));
        foreach (var answer in answers)
        {
            if (answer.StatusCode == HttpStatusCode.OK)
            {
                await answer.ExpectMessageAsync("Order checked out successfully");
            }
            else
            {
                await answer.ExpectProblemAsync(HttpStatusCode.Conflict, "Order checkout is in progress");
            }
        }

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Paid"));
            Assert.That(await App.PublishedCountAsync(orderId, "OrderPaid"), Is.EqualTo(1));
        });
    }
}
