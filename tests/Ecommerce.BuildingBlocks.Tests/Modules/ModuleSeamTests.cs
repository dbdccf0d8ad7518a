using System.Net;
using System.Net.Http.Json;
using Ecommerce.BuildingBlocks.Messaging.Inbox;
using Ecommerce.BuildingBlocks.Messaging.Outbox;
using Ecommerce.BuildingBlocks.Modules;
using Ecommerce.Modules.Billing;
using Ecommerce.Modules.Shipping;
using Ecommerce.Modules.Shipping.Contracts;
using Ecommerce.Testing;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.BuildingBlocks.Tests.Modules;

/// <summary>
/// A newcomer adds an endpoint, an event and its consumer, and a question and its answer, by writing those classes
/// and nothing else: the modules of <c>ShippingModule.cs and BillingModule.cs</c> register only their databases.
/// </summary>
public sealed class ModuleSeamTests
{
    [Test]
    public async Task A_published_event_reaches_the_consumer_of_another_module_with_nothing_registered_by_hand()
    {
        await using var host = await NewcomerHost.StartAsync();

        var sent = await host.Client.PostAsJsonAsync("/parcels", new { parcelId = 7 });

        await sent.ExpectAsync(HttpStatusCode.OK);
        var invoiced = await Eventually.Until(host.InvoicedParcelsAsync, parcels => parcels.Count > 0, "the parcel to be invoiced");
        Assert.Multiple(() =>
        {
            Assert.That(invoiced, Is.EqualTo(new[] { 7 }));
            Assert.That(
                host.Services.GetRequiredService<IntegrationEventConsumers>().All.Select(consumer => (consumer.ConsumerType, consumer.Module)),
                Is.EqualTo(new[] { (typeof(ParcelSentConsumer), "billing") }));
        });
    }

    [Test]
    public async Task A_question_in_a_modules_own_contracts_is_answered_through_the_mediator()
    {
        await using var host = await NewcomerHost.StartAsync();
        await (await host.Client.PostAsJsonAsync("/parcels", new { parcelId = 1 })).ExpectAsync(HttpStatusCode.OK);
        await (await host.Client.PostAsJsonAsync("/parcels", new { parcelId = 2 })).ExpectAsync(HttpStatusCode.OK);

        var count = await (await host.Client.GetAsync("/billing/parcel-count")).ExpectAsync(HttpStatusCode.OK);

        Assert.That(count.GetProperty("count").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public async Task A_validator_is_found_and_applied_to_its_endpoint()
    {
        await using var host = await NewcomerHost.StartAsync();

        var refused = await host.Client.PostAsJsonAsync("/parcels", new { parcelId = 0 });

        await refused.ExpectValidationErrorAsync("parcelId");
        await using var first = host.Services.CreateAsyncScope();
        await using var second = host.Services.CreateAsyncScope();
        Assert.That(
            first.ServiceProvider.GetRequiredService<IValidator<SendParcelRequest>>(),
            Is.SameAs(second.ServiceProvider.GetRequiredService<IValidator<SendParcelRequest>>()),
            "a validator is built once for the host, not for every request");
    }

    [Test]
    public async Task A_module_publishes_only_the_events_of_its_own_contracts()
    {
        await using var host = await NewcomerHost.StartAsync();
        await using var scope = host.Services.CreateAsyncScope();
        var shipping = scope.ServiceProvider.GetRequiredService<ShippingDb>();
        var billing = scope.ServiceProvider.GetRequiredService<BillingDb>();

        Assert.Multiple(() =>
        {
            Assert.That(() => billing.PublishIntegrationEvent(new ParcelSent(1)), Throws.InvalidOperationException.With.Message.Contains("own contracts"));
            Assert.That(() => shipping.PublishIntegrationEvent(new Parcel { Id = 1 }), Throws.InvalidOperationException);
            Assert.That(() => shipping.PublishIntegrationEvent(new ParcelSent(1)), Throws.Nothing);
        });
    }

    [Test]
    public void A_consumer_of_a_type_from_no_contracts_is_refused_at_start_up()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ModuleConventions.KindOf(typeof(NotAContractConsumer)));

        Assert.That(error.Message, Does.Contain(nameof(NotAContractConsumer)));
    }
}
