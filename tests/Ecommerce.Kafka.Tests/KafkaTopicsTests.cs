using Ecommerce.BuildingBlocks.Kafka;

namespace Ecommerce.Kafka.Tests;

/// <summary>The one function the producer and the consumers' subscriptions share: an event's topic is its contracts' module's.</summary>
public sealed class KafkaTopicsTests
{
    [TestCase("Ecommerce.Modules.Orders.Contracts.OrderPlaced", "ecommerce.orders")]
    [TestCase("Ecommerce.Modules.Catalog.Contracts.StockReservationFailed", "ecommerce.catalog")]
    [TestCase("Ecommerce.Modules.Users.Contracts.UserRegistered", "ecommerce.users")]
    public void An_event_travels_on_the_topic_of_the_module_whose_contracts_declare_it(string messageType, string topic) =>
        Assert.That(KafkaTopics.Carrying(messageType), Is.EqualTo(topic));

    [TestCase("Ecommerce.Modules.Orders.Domain.Order")]
    [TestCase("Ecommerce.Modules.Orders.Contracts.Internal.Thing")]
    [TestCase("Ecommerce.BuildingBlocks.Tests.Messaging.Noted")]
    [TestCase("OrderPlaced")]
    public void A_type_outside_every_modules_contracts_has_no_topic(string messageType) =>
        Assert.That(() => KafkaTopics.Carrying(messageType), Throws.InvalidOperationException);
}
