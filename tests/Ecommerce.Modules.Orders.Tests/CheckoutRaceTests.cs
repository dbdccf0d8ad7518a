using Ecommerce.Testing;

namespace Ecommerce.Modules.Orders.Tests;

/// <summary>Concurrent checkouts of one order all succeed and pay once.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.All))]
public sealed class CheckoutRaceTests(Transport transport) : ApiFixture(transport)
{
    [Test]
    public async Task Ten_concurrent_checkouts_answer_200_and_publish_one_OrderPaid()
    {
        var customer = await App.NewCustomerAsync();
        var orderId = await customer.ConfirmedOrderAsync(await Admin.NewProductAsync(stock: 5));

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(attempt =>
            attempt % 2 == 0 ? customer.CheckoutAsync(orderId) : customer.CheckoutByPostAsync(orderId)));

        foreach (var answer in answers)
        {
            await answer.ExpectMessageAsync("Order checked out successfully");
        }

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await customer.StatusOfAsync(orderId), Is.EqualTo("Paid"));
            Assert.That(await App.PublishedCountAsync(orderId, "OrderPaid"), Is.EqualTo(1));
        });
    }
}
